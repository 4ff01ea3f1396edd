package data

import "testing"

func TestIDKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"004", "4"},
		{"4", "4"},
		{"0", "0"},
		{"000", "0"},
		{" 010 ", "10"},
		{"0x1F", "0x1f"},
		{"007-bond", "007-bond"},
		{"XU7RQG", "xu7rqg"},
		{"talks/004", "talks/004"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := idKey(tt.in); got != tt.want {
				t.Errorf("idKey(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}
