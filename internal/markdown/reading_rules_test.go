package markdown

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestReadingRules pins what is a reading item and what is left, with the
// reason inspect shows for each list.
func TestReadingRules(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  []Link
		lists []LinkList
	}{
		{
			name: "table of contents is navigation",
			src:  "- [Intro](#intro)\n- [Method](#method) in detail\n- [Results](#results)\n",
			lists: []LinkList{{Line: 1, Items: 3, Links: 3,
				Reason: "it is navigation: 3 of 3 links go to a heading of this page or to a page of this site"}},
		},
		{
			name: "links to the site's own pages are navigation",
			src:  "- [About](/about/)\n- [Archive](../archive.md)\n- [Talks](talks/)\n",
			lists: []LinkList{{Line: 1, Items: 3, Links: 3,
				Reason: "it is navigation: 3 of 3 links go to a heading of this page or to a page of this site"}},
		},
		{
			name: "absolute links to the site's host are its own pages",
			src:  "- [Post one](https://www.site.example/one/)\n- [Post two](http://site.example/two/)\n- [Elsewhere](https://other.example/x)\n",
			lists: []LinkList{{Line: 1, Items: 3, Links: 3, Reading: 1,
				Reason: "it is navigation: 2 of 3 links go to a heading of this page or to a page of this site"}},
		},
		{
			name: "profile links",
			src:  "- [GitHub](https://github.com/ada)\n- [LinkedIn](https://linkedin.com/in/ada)\n- [My Website](https://ada.example/)\n- [@ada](https://x.example/ada)\n",
			lists: []LinkList{{Line: 1, Items: 4, Links: 4,
				Reason: "it is a list of profile links: 4 of 4 links are named for a service or a profile (GitHub, LinkedIn, Website…) or go to one, not to something to read"}},
		},
		{
			// People thanked by name, each linked to a profile: the
			// addresses say what the names do not.
			name: "names linked to profiles",
			src: "- [Ada Lovelace](https://www.linkedin.com/in/ada/) - chair\n- [Grace Hopper](https://github.com/grace)\n" +
				"- [Lin Clark](https://hachyderm.io/@lin)\n- [Ken Thompson](https://twitter.com/ken)\n- [Rob Pike](https://go.dev/talks/2012/splash.article)\n",
			lists: []LinkList{{Line: 1, Items: 5, Links: 5, Reading: 1,
				Reason: "it is a list of profile links: 4 of 5 links are named for a service or a profile (GitHub, LinkedIn, Website…) or go to one, not to something to read"}},
		},
		{
			name:  "a repository and a post are works, not profiles",
			src:   "- [Tokio](https://github.com/tokio-rs/tokio) - the runtime\n- [Announcing 1.0](https://tokio.rs/blog/2020-12-tokio-1-0)\n",
			want:  []Link{{Title: "Tokio", URL: "https://github.com/tokio-rs/tokio", Note: "the runtime", Line: 1}, {Title: "Announcing 1.0", URL: "https://tokio.rs/blog/2020-12-tokio-1-0", Line: 2}},
			lists: []LinkList{{Line: 1, Items: 2, Links: 2, Reading: 2, Taken: true}},
		},
		{
			// Where to eat near the venue: each place linked to a map.
			name: "places on a map",
			src: "- [Chez Marie](https://maps.app.goo.gl/abc) - crêpes\n- [The Anchor](https://www.google.com/maps/place/The+Anchor)\n" +
				"- [Station walk](https://www.openstreetmap.org/directions?from=a&to=b)\n",
			lists: []LinkList{{Line: 1, Items: 3, Links: 3,
				Reason: "it is a list of places: 3 of 3 links go to a map, not to something to read"}},
		},
		{
			name: "books without links: a title in emphasis or quotes, then its author",
			src: "- *Project Hail Mary* by Andy Weir — a joy.\n- *Deep Work* by Cal Newport (2016)\n" +
				"- \"Thinking in Systems\" by Donella H. Meadows\n- **The Phoenix Project** by Gene Kim and Kevin Behr\n- *Unfinished*\n",
			want: []Link{{Title: "Project Hail Mary", Author: "Andy Weir", Note: "a joy.", Line: 1}, {Title: "Deep Work", Author: "Cal Newport", Year: 2016, Line: 2},
				{Title: "Thinking in Systems", Author: "Donella H. Meadows", Line: 3}, {Title: "The Phoenix Project", Author: "Gene Kim and Kevin Behr", Line: 4}},
			lists: []LinkList{{Line: 1, Items: 5, Reading: 4, Taken: true}},
		},
		{
			name: "emphasis then words is no book",
			src: "- *Note:* bring a laptop\n- *Lunch* by noon\n- **Important** read the rules\n- *Ada* — see you there\n" +
				"- **Buy the tickets in bulk** by using the form\n- \"The scram came first\" - IAEA INSAG-7\n",
		},
		{
			name: "one book alone in a list is too little",
			src:  "Text.\n\n- *Deep Work* by Cal Newport\n",
		},
		{
			name: "a title whose links are listed under it is left to them; a material link under it is its copy",
			src:  "* \"On computable numbers\" by Alan Turing\n  * [On computable numbers](https://e.example/turing.pdf), as a PDF\n* \"A mathematical theory of communication\" by Claude Shannon\n  * [PDF](https://e.example/shannon.pdf)\n",
			want: []Link{{Title: "A mathematical theory of communication", URL: "https://e.example/shannon.pdf", Author: "Claude Shannon", Line: 3},
				{Title: "On computable numbers", URL: "https://e.example/turing.pdf", Note: "as a PDF", Line: 2}},
			lists: []LinkList{{Line: 1, Items: 2, Reading: 1, Taken: true}, {Line: 2, Items: 1, Links: 1, Reading: 1, Taken: true},
				{Line: 4, Items: 1, Links: 1, Reason: "it is a list of a talk's materials: 1 of 1 links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"}},
		},
		{
			name: "a talk's materials are no reading list",
			src: "## \"A Talk\" by Ada Lovelace\n\n* [Abstract](https://conf.example/talk/a/)\n* Slides (TBD)\n* [Notes](./a.md)\n\n" +
				"## \"Another\" by Grace Hopper\n\n* [Abstract](https://conf.example/talk/b/)\n* [Slides](https://decks.example/b)\n* [Video and slides (PDF)](https://v.example/b)\n",
			lists: []LinkList{
				{Line: 3, Items: 3, Links: 2, Reason: "it is a list of a talk's materials: 1 of 2 links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"},
				{Line: 9, Items: 3, Links: 3, Reason: "it is a list of a talk's materials: 3 of 3 links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"},
			},
		},
		{
			name: "links to slide decks are a talk's materials, whatever their text",
			src: "- [Parsing in anger](https://speakerdeck.com/ada/parsing) at PyCon 2019\n- [Streams](https://de.slideshare.net/ada/streams) at JSConf\n" +
				"- [Types](https://docs.google.com/presentation/d/1x/edit) at RustConf\n- [A Paper](https://docs.google.com/document/d/2y/)\n",
			lists: []LinkList{{Line: 1, Items: 4, Links: 4, Reading: 1,
				Reason: "it is a list of a talk's materials: 3 of 4 links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"}},
		},
		{
			name:  "a material link in a reading list is left out",
			src:   "- [A Paper](https://e.example/a)\n- [Slides (PDF)](https://e.example/s.pdf)\n- [Lecture notes](https://e.example/n.pdf)\n",
			want:  []Link{{Title: "A Paper", URL: "https://e.example/a", Line: 1}, {Title: "Lecture notes", URL: "https://e.example/n.pdf", Line: 3}},
			lists: []LinkList{{Line: 1, Items: 3, Links: 3, Reading: 2, Taken: true, Reason: "links left out: 1 named for a talk's material"}},
		},
		{
			name: "a verb of access before a material word is material; read before a work is reading",
			src: "- [Watch the video](https://v.example/a)\n- [Download the slides](https://d.example/s)\n- [View slides](https://e.example/s.pdf)\n" +
				"- [See the code](https://g.example/a/b)\n- [Get our handouts](https://e.example/h)\n",
			lists: []LinkList{{Line: 1, Items: 5, Links: 5,
				Reason: "it is a list of a talk's materials: 5 of 5 links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"}},
		},
		{
			name:  "read the paper is something to read",
			src:   "- [Read the paper](https://e.example/p)\n- [View the slides](https://e.example/s)\n- [Watch Paint Dry](https://e.example/w)\n",
			want:  []Link{{Title: "Read the paper", URL: "https://e.example/p", Line: 1}, {Title: "Watch Paint Dry", URL: "https://e.example/w", Line: 3}},
			lists: []LinkList{{Line: 1, Items: 3, Links: 3, Reading: 2, Taken: true, Reason: "links left out: 1 named for a talk's material"}},
		},
		{
			name: "events with their days are no reading list",
			src: "* [Workshop on Manifolds](https://uni.example/ws), August 9, 2019, Some University, Germany (together with Ada)\n" +
				"* [Young Researchers Minisymposium](https://soc.example/yr) “Local methods” at the [Annual Meeting 2017](https://soc.example/2017), March 6&mdash;10, Weimar\n" +
				"* Workshop on [image processing](https://uni.example/ip), December 1st, 2016, Kaiserslautern\n" +
				"* [Summer School on Optimization](https://school.example/) 2019-07-01 to 2019-07-05\n",
			lists: []LinkList{{Line: 1, Items: 4, Links: 4,
				Reason: "it is a list of events: 3 of 4 links name an event (a workshop, a conference…) with a day after them, not something to read"}},
		},
		{
			name: "a workshop's paper and a dated article are things to read",
			src: "- [Proceedings of the Workshop on Types](https://e.example/p.pdf) (2019)\n- [Why Conferences Matter](https://e.example/c), May 12, 2020\n" +
				"- [Slow Code](https://e.example/s), August 9, 2019, Berlin\n",
			want: []Link{{Title: "Proceedings of the Workshop on Types", URL: "https://e.example/p.pdf", Year: 2019, Line: 1},
				{Title: "Why Conferences Matter", URL: "https://e.example/c", Note: "May 12, 2020", Line: 2},
				{Title: "Slow Code", URL: "https://e.example/s", Note: "August 9, 2019, Berlin", Line: 3}},
		},
		{
			name: "an author at the end of the link's text",
			src: "- [Thinking Fast and Slow by Daniel Kahneman](https://e.example/t)\n- [Attention Span by Gloria Mark (2023)](https://e.example/a)\n" +
				"- [Death by Black Hole](https://e.example/d)\n- [Written by Ada Lovelace](https://e.example/w)\n" +
				"- [Testing by the Book by Ada Lovelace](https://e.example/b) by Grace Hopper\n- [Parallel by default](https://e.example/p)\n",
			want: []Link{{Title: "Thinking Fast and Slow", URL: "https://e.example/t", Author: "Daniel Kahneman", Line: 1},
				{Title: "Attention Span", URL: "https://e.example/a", Author: "Gloria Mark", Year: 2023, Line: 2},
				{Title: "Death by Black Hole", URL: "https://e.example/d", Line: 3}, {Title: "Written by Ada Lovelace", URL: "https://e.example/w", Line: 4},
				{Title: "Testing by the Book by Ada Lovelace", URL: "https://e.example/b", Author: "Grace Hopper", Line: 5},
				{Title: "Parallel by default", URL: "https://e.example/p", Line: 6}},
		},
		{
			name: "a taken list says what it left out",
			src:  "- [A Paper](https://e.example/a)\n- [B Paper](https://e.example/b)\n- [Twitter](https://x.example/me)\n- [Contents](#top)\n",
			want: []Link{{Title: "A Paper", URL: "https://e.example/a", Line: 1}, {Title: "B Paper", URL: "https://e.example/b", Line: 2}},
			lists: []LinkList{{Line: 1, Items: 4, Links: 4, Reading: 2, Taken: true,
				Reason: "links left out: 1 to a heading of this page, 1 named for a service or a profile, or going to one"}},
		},
		{
			name:  "a relative link to a document is something to read",
			src:   "- [Paper](paper.pdf)\n- [Handbook](../talks/deck.PDF)\n",
			want:  []Link{{Title: "Paper", URL: "paper.pdf", Line: 1}, {Title: "Handbook", URL: "../talks/deck.PDF", Line: 2}},
			lists: []LinkList{{Line: 1, Items: 2, Links: 2, Reading: 2, Taken: true}},
		},
		{
			name: "emoji, shortcodes, images and icon links before the link",
			src: "* :scroll: [One](https://e.example/1)\n* 📜 [Two](https://e.example/2)\n" +
				"* [:scroll:](two.pdf) [Three](https://e.example/3)\n* ![pdf](icon.png) [Four](https://e.example/4)\n" +
				"* :star: **[Five](https://e.example/5)**\n* [ ] [Six](https://e.example/6)\n",
			want: []Link{
				{Title: "One", URL: "https://e.example/1", Line: 1}, {Title: "Two", URL: "https://e.example/2", Line: 2},
				{Title: "Three", URL: "https://e.example/3", Line: 3}, {Title: "Four", URL: "https://e.example/4", Line: 4},
				{Title: "Five", URL: "https://e.example/5", Line: 5}, {Title: "Six", URL: "https://e.example/6", Line: 6},
			},
			lists: []LinkList{{Line: 1, Items: 6, Links: 6, Reading: 6, Taken: true}},
		},
		{
			name: "words before the link still disqualify",
			src:  "* Paper: [One](https://e.example/1)\n* See [Two](https://e.example/2)\n",
			lists: []LinkList{{Line: 1, Items: 2, Links: 2,
				Reason: "its links are inside the text of 2 of 2 items, not at their start; a reading item starts with its link"}},
		},
		{
			name: "bylines and years",
			src: "- [A](https://e.example/a) by Ada Lovelace\n" +
				"- [B](https://e.example/b) by Candea and Fox. Follows up on the first paper.\n" +
				"- [C](https://e.example/c) by N. Sloane\n" +
				"- [D](https://e.example/d) — Grace Hopper, 2019\n" +
				"- [E](https://e.example/e) (Seep Goel, Pooja Aggarwal, 2015)\n" +
				"- [F](https://e.example/f) (2019)\n" +
				"- [G (2016)](https://e.example/g) by a team @ Lab, 2016\n" +
				"- [H](https://e.example/h) - has many more refactorings\n" +
				"- [I](https://e.example/i) (Free Online Book)\n" +
				"- [J](https://e.example/j) (draft)\n",
			want: []Link{
				{Title: "A", URL: "https://e.example/a", Author: "Ada Lovelace", Line: 1},
				{Title: "B", URL: "https://e.example/b", Author: "Candea and Fox", Note: "Follows up on the first paper.", Line: 2},
				{Title: "C", URL: "https://e.example/c", Author: "N. Sloane", Line: 3},
				{Title: "D", URL: "https://e.example/d", Author: "Grace Hopper", Year: 2019, Line: 4},
				{Title: "E", URL: "https://e.example/e", Author: "Seep Goel, Pooja Aggarwal", Year: 2015, Line: 5},
				{Title: "F", URL: "https://e.example/f", Year: 2019, Line: 6},
				{Title: "G (2016)", URL: "https://e.example/g", Author: "a team @ Lab", Year: 2016, Line: 7},
				{Title: "H", URL: "https://e.example/h", Note: "has many more refactorings", Line: 8},
				{Title: "I", URL: "https://e.example/i", Note: "Free Online Book", Line: 9},
				{Title: "J", URL: "https://e.example/j", Note: "draft", Line: 10},
			},
		},
		{
			name: "a byline before the item's next paragraph",
			src:  "* [ASAP](https://e.example/asap) - Kexin Rong, Peter Bailis\n\n  A smoothing method.\n",
			want: []Link{{Title: "ASAP", URL: "https://e.example/asap", Author: "Kexin Rong, Peter Bailis", Note: "A smoothing method.", Line: 1}},
		},
		{
			name: "a year in the title",
			src:  "- [A Wait-Free Stack (2015)](https://e.example/s)\n",
			want: []Link{{Title: "A Wait-Free Stack (2015)", URL: "https://e.example/s", Year: 2015, Line: 1}},
		},
		{
			name: "a citation's head before the link",
			src:  "- Endsley, M. R. (1995). [Toward a Theory](https://e.example/t), [PDF](https://e.example/t.pdf) - the main paper\n",
			want: []Link{{Title: "Toward a Theory", URL: "https://e.example/t", Author: "Endsley, M. R.", Year: 1995, Note: "PDF - the main paper", Line: 1}},
		},
		{
			name: "a person's link then 's and the work",
			src:  "* [@ada](https://github.com/ada)'s [Awesome Engines](https://e.example/engines)\n",
			want: []Link{{Title: "Awesome Engines", URL: "https://e.example/engines", Author: "@ada", Line: 1}},
		},
		{
			name: "a trailing colon is not part of the title",
			src:  "- [The Road to Valhalla:](https://e.example/v) a push on the JVM\n",
			want: []Link{{Title: "The Road to Valhalla", URL: "https://e.example/v", Note: "a push on the JVM", Line: 1}},
		},
		{
			name: "the author's recordings under a heading naming videos are things to watch",
			src:  "## Videos\n\n- [Parsing with Roslyn @ NDC 2020](https://www.youtube.com/watch?v=x1)\n- [Deep dives](https://youtube.com/playlist?list=p1)\n- [Intros](https://youtu.be/x2)\n",
			lists: []LinkList{{Line: 3, Items: 3, Links: 3, Reading: 3,
				Reason: `it is a list of recordings: 3 of 3 links go to a video site or a webinar, under the heading "Videos"; things to watch, not to read`}},
		},
		{
			name: "webinars given, under a heading naming appearances",
			src: "Intro.\n\n## Virtual appearances\n\n- [Community calls](https://www.youtube.com/playlist?list=p), Host Labs, 2021\n" +
				"- [Dashboard design](https://tool.example/go/webinar/design/), Host Labs, 2021\n- [Plugins](https://tool.example/blog/plugins/), Host Labs, 2020\n- Intro to monitoring, Girls Code, 2020\n",
			lists: []LinkList{{Line: 5, Items: 4, Links: 3, Reading: 3,
				Reason: `it is a list of recordings: 2 of 3 links go to a video site or a webinar, under the heading "Virtual appearances"; things to watch, not to read`}},
		},
		{
			name: "a list under a heading naming a talk's materials is its materials",
			src:  "## Slides and Source Files\n\n- [Source file, download from the cloud](slides.pptx)\n- [The deck as shown](https://docs.example/d/1)\n",
			lists: []LinkList{{Line: 3, Items: 2, Links: 2, Reading: 2,
				Reason: `it is a list of a talk's materials: it is under the heading "Slides and Source Files"`}},
		},
		{
			name: "demo files are materials too",
			src:  "### Demo Files\n\n- [\"Command Line Carla\"](carla/README.txt)\n- [\"IDE Igor\"](igor/README.txt)\n",
			lists: []LinkList{{Line: 3, Items: 2, Links: 2, Reading: 2,
				Reason: `it is a list of a talk's materials: it is under the heading "Demo Files"`}},
		},
		{
			name: "slide files under a heading naming talks are materials",
			src:  "### Talks given at [the meetup](https://meetup.example/)\n\n- [Testing with fixtures](files/fixtures.pdf)\n- [Hotwire in practice](files/hotwire.pdf)\n- [A third](https://other.example/x)\n",
			lists: []LinkList{{Line: 3, Items: 3, Links: 3, Reading: 3,
				Reason: `it is a list of a talk's materials: 2 of 3 links are files (slides, PDF, archives) under the heading "Talks given at the meetup"`}},
		},
		{
			name: "sources, notes and further reading stay reading lists",
			src:  "## Sources\n\n- [A paper](https://e.example/a.pdf)\n\n## Notes\n\n- [A book](https://e.example/b)\n\n## Further reading\n\n- [C](c.pdf)\n",
			want: []Link{{Title: "A paper", URL: "https://e.example/a.pdf", Line: 3}, {Title: "A book", URL: "https://e.example/b", Line: 7}, {Title: "C", URL: "c.pdf", Line: 11}},
		},
		{
			name: "videos under a heading of reading stay reading",
			src:  "## Papers and lectures\n\n- [Lecture one](https://www.youtube.com/watch?v=a)\n- [Paper two](https://vimeo.com/2)\n",
			want: []Link{{Title: "Lecture one", URL: "https://www.youtube.com/watch?v=a", Line: 3}, {Title: "Paper two", URL: "https://vimeo.com/2", Line: 4}},
		},
		{
			name: "a talks heading over papers with one video stays reading",
			src:  "## Talks\n\n- [Out of the Tar Pit](https://e.example/tarpit.pdf)\n- [Simple Made Easy](https://www.youtube.com/watch?v=b)\n- [Worse is better](https://e.example/wib.html)\n",
			want: []Link{{Title: "Out of the Tar Pit", URL: "https://e.example/tarpit.pdf", Line: 3}, {Title: "Simple Made Easy", URL: "https://www.youtube.com/watch?v=b", Line: 4},
				{Title: "Worse is better", URL: "https://e.example/wib.html", Line: 5}},
		},
	}
	r := New(Options{SiteURL: "https://site.example/blog/"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Convert("content/notes/x.md", []byte(tt.src), 1)
			if !slices.Equal(res.Reading, tt.want) {
				t.Errorf("items:\n got %+v\nwant %+v", res.Reading, tt.want)
			}
			if tt.lists != nil && !slices.Equal(res.Lists, tt.lists) {
				t.Errorf("lists:\n got %+v\nwant %+v", res.Lists, tt.lists)
			}
		})
	}
}

// FuzzSplitByline checks that reading a byline never panics and never
// invents text: the author and the note are taken from the input.
func FuzzSplitByline(f *testing.F) {
	for _, s := range []string{"by Ada Lovelace", "— Grace Hopper, 2019", "(Seep Goel, 2015)", "(2019)", "by N. Sloane. More.", "- has (1999) notes", "by ( 2019", ",", "(", "by"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		author, year, note := splitByline(s)
		if !strings.Contains(s, author) {
			t.Errorf("author %q is not in %q", author, s)
		}
		if year != 0 && !strings.Contains(s, strconv.Itoa(year)) {
			t.Errorf("year %d is not in %q", year, s)
		}
		if len(note) > len(s) {
			t.Errorf("note %q is longer than %q", note, s)
		}
	})
}
