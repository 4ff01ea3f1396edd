package markdown

import "testing"

// BenchmarkConvert renders a realistic 3.5 KB talk page, as a build does
// ten thousand times, with all cores sharing one Renderer.
func BenchmarkConvert(b *testing.B) {
	src := talkInput(b)
	for _, policy := range goldenPolicies {
		b.Run(policy, func(b *testing.B) {
			r := New(Options{RawHTML: policy})
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					r.Convert("content/talk.md", src, 1)
				}
			})
		})
	}
}
