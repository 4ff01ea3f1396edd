package data

import (
	"fmt"
	"strings"

	"lectern/internal/content"
)

// Talks kept as records often name their room by the id a file of rooms
// gives it, as Sessionize's sessions do when a site keeps them apart
// from its rooms (src/_data/sessions.json {"roomId": 8461} beside
// rooms.json {"8461": {"name": "Room 101"}}), or by the room's key
// (room: main beside data/rooms.yml "- key: main, label: Main hall").

// roomIDKeys are the fields of a record naming its room by id.
var roomIDKeys = []string{"roomId", "room_id", "roomID", "roomid"}

// nameRooms gives each talk of docs whose room is written as an id or
// key of a file of rooms (rooms, by lower-cased key) the room's name.
// A room the file does not name is left as written.
func nameRooms(docs []*content.Document, rooms map[string]string) {
	if len(rooms) == 0 {
		return
	}
	for _, d := range docs {
		if d.Kind != content.KindTalk {
			continue
		}
		if d.Room != "" {
			if name, ok := rooms[strings.ToLower(strings.TrimSpace(d.Room))]; ok {
				d.Room = name
			}
			continue
		}
		for _, k := range roomIDKeys {
			v, ok := d.Params[k]
			if !ok || v == nil {
				continue
			}
			switch v.(type) {
			case string, int, int64, uint64, float64:
			default:
				continue
			}
			if name, ok := rooms[strings.ToLower(strings.TrimSpace(fmt.Sprint(v)))]; ok {
				d.Room = name
				break
			}
		}
	}
}
