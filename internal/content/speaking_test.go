package content

import "testing"

// TestSpeakingArchive: a speaker's own site keeps its talks in
// speaking/ (or presentations/), each naming its event (event_name) and
// linking slides and a video. A page naming its event beside slides or a
// video is a talk in any folder but a blog's; a slide deck in slides/ is
// a page, not a post.
func TestSpeakingArchive(t *testing.T) {
	talk := "title: x\ndate: 2018-02-20\npresentation_date: 2017-05-23\nevent_name: ChefConf 2017\nevent_url: https://chefconf.example/\nevent_location: Austin, TX\nslides: https://speakerdeck.com/a/b\nvideo: https://youtu.be/abc"
	kind := func(d *Document) any { return d.Kind }
	runFieldCases(t, []fieldCase{
		{"speaking/ holds talks", "speaking/chefconf.md", talk, kind, KindTalk},
		{"presentations/ holds talks", "presentations/chefconf.md", talk, kind, KindTalk},
		{"speaking/ page naming nothing of a talk is a page", "speaking/speaker-resources.html", "title: Speaker Resources", kind, KindPage},
		{"a dated speaking/ page is a talk", "speaking/a.md", "title: x\ndate: 2019-01-01", kind, KindTalk},
		{"event and slides make a talk in any folder", "conferences/chefconf.md", talk, kind, KindTalk},
		{"a blog's folder still decides", "posts/chefconf.md", talk, kind, KindNote},
		{"a video alone is a post's", "misc/a.md", "title: x\ndate: 2019-01-01\nvideo: https://youtu.be/abc", kind, KindNote},
		{"an event alone is a post's", "misc/a.md", "title: x\ndate: 2019-01-01\nevent: PyCon", kind, KindNote},
		{"a slides word is no link", "misc/a.md", "title: x\ndate: 2019-01-01\nevent: PyCon\nslides: example", kind, KindNote},
		{"a dated deck is a page", "slides/adirondack/index.md", "title: x\ndate: 2018-04-25", kind, KindPage},
		{"a deck naming speakers is a talk", "slides/a.md", "title: x\ndate: 2018-04-25\nspeakers: [Ada]", kind, KindTalk},
	})
}
