package exports

// frabJSON reads a schedule.json of the c3voc schema, as frab, pretalx
// and lectern write it: schedule → conference → days → rooms (an object
// whose keys are the room names, in display order) → talks.
func (r *reader) frabJSON(root *jnode) {
	conf := root.get("schedule").get("conference")
	if !conf.is(jobject) {
		r.diags.Errorf(r.lines.pos(conf.off), "schedule.conference is %s, not an object; export the schedule again", conf.describe())
		return
	}
	c := frabConference{
		title: conf.field("title"), acronym: conf.field("acronym"),
		start: conf.field("start"), end: conf.field("end"),
		zone: conf.field("time_zone_name"), pos: r.lines.pos(conf.off),
	}
	for _, room := range conf.get("rooms").items() {
		c.rooms = append(c.rooms, room.field("name"))
	}
	days := conf.get("days")
	if days == nil {
		days = root.get("schedule").get("days") // some exports keep days beside the conference
	}
	if days != nil && !days.is(jarray) {
		r.diags.Errorf(r.lines.pos(days.off), "days is %s, not a list; export the schedule again", days.describe())
		days = nil
	}
	var dayRooms []string
	for _, day := range days.items() {
		if rooms := day.get("rooms"); rooms != nil {
			dayRooms = append(dayRooms, rooms.keys...)
		}
	}
	sc := r.frabEvent(c, dayRooms)
	for _, day := range days.items() {
		date, _ := parseDay(day.field("date"), sc.zone)
		rooms := day.get("rooms")
		if rooms == nil {
			continue
		}
		if rooms.kind != jobject {
			r.diags.Errorf(r.lines.pos(rooms.off), "the rooms of day %s are %s, not an object of room names; export the schedule again", day.field("date"), rooms.describe())
			continue
		}
		for i, talks := range rooms.vals {
			if talks.kind != jarray {
				r.diags.Errorf(r.lines.pos(talks.off), "room %q of day %s holds %s, not a list of talks; export the schedule again", rooms.keys[i], day.field("date"), talks.describe())
				continue
			}
			for _, t := range talks.items() {
				if t.kind != jobject {
					r.diags.Errorf(r.lines.pos(t.off), "a talk in room %q is %s, not an object; export the schedule again", rooms.keys[i], t.describe())
					continue
				}
				ft := r.frabJSONTalk(t)
				ft.pos = r.lines.pos(t.off)
				if ft.room == "" {
					ft.room = rooms.keys[i]
				}
				r.frabTalkDoc(ft, date, sc)
			}
		}
	}
}

func (r *reader) frabJSONTalk(t *jnode) frabTalk {
	ft := frabTalk{
		id: t.field("id"), guid: t.field("guid"), date: t.field("date"), start: t.field("start"),
		duration: t.field("duration"), room: t.field("room"), slug: t.field("slug"), url: t.field("url"),
		title: t.field("title"), subtitle: t.field("subtitle"), track: t.field("track"), typ: t.field("type"),
		language: t.field("language"), abstract: t.field("abstract"), description: t.field("description"),
	}
	for _, p := range t.get("persons").items() {
		name := p.field("public_name")
		if name == "" {
			name = p.field("name")
		}
		if p.kind == jstring {
			name = p.text()
		}
		ft.persons = append(ft.persons, frabPerson{name: name, bio: p.field("biography"), avatar: p.field("avatar"), pos: r.lines.pos(p.off)})
	}
	for _, l := range t.get("links").items() {
		ft.links = append(ft.links, frabLink{title: l.field("title"), url: l.field("url")})
	}
	return ft
}
