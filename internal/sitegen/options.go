package sitegen

// Dialect is the kind of site a Site writes.
type Dialect int

const (
	// Lectern writes content in the seed schemas, with a config.toml, as
	// lectern reads it.
	Lectern Dialect = iota
	// Hugo writes the same pages with front matter Hugo understands, a
	// hugo.toml declaring the taxonomies, and a minimal theme in layouts/.
	Hugo
)

// Options describe a generated site. The zero value is a site of 1,000
// talks from seed 0 in lectern's dialect.
type Options struct {
	// Talks is the number of talk pages; 0 means 1,000. The other counts
	// follow from it: a speaker per three talks, a note per ten talks, an
	// event per 240 talks (three days, eight rooms, ten slots a day), and a
	// reading-list page per 2,000 talks (at least two).
	Talks int
	// Seed selects the site; the same seed always gives the same bytes.
	Seed uint64
	// Dialect selects lectern's or Hugo's form of the site.
	Dialect Dialect
}

// Fixed sizes of every generated site.
const (
	// TagCount is the number of distinct tags, whatever the size.
	TagCount = 200
	// RoomsPerEvent, DaysPerEvent and SlotsPerDay shape each event's
	// schedule; TalksPerEvent is their product.
	RoomsPerEvent = 8
	DaysPerEvent  = 3
	SlotsPerDay   = 10
	TalksPerEvent = RoomsPerEvent * DaysPerEvent * SlotsPerDay
)

func (o Options) withDefaults() Options {
	if o.Talks <= 0 {
		o.Talks = 1000
	}
	return o
}
