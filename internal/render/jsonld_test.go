package render

import (
	"testing"

	"lectern/themes"
)

func TestJSONLD(t *testing.T) {
	outs := renderAll(t, themes.Default(), fixture())
	tests := []struct {
		path  string
		typ   string
		field string
		want  any
	}{
		{"talks/taking-django-distributed/index.html", "Event", "startDate", "2017-08-16T11:30:00-05:00"},
		{"talks/taking-django-distributed/index.html", "Event", "endDate", "2017-08-16T12:15:00-05:00"},
		{"talks/taking-django-distributed/index.html", "Event", "url", "https://conf.example.org/talks/taking-django-distributed/"},
		{"events/djangocon-us-2017/index.html", "Event", "name", "DjangoCon US 2017"},
		{"speakers/andrew-godwin/index.html", "Person", "image", "https://conf.example.org/speakers/andrew-godwin/photo.svg"},
		{"notes/failover-conf/index.html", "BlogPosting", "headline", "Failover Conf"},
		{"reading/books/index.html", "ItemList", "name", "Books on resilience"},
		{"reading/index.html", "ItemList", "name", "Reading"},
		{"index.html", "WebSite", "name", "DjangoCon Notes"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"/"+tt.field, func(t *testing.T) {
			ld := jsonLD(t, outs[tt.path].Body)
			if ld["@context"] != "https://schema.org" || ld["@type"] != tt.typ {
				t.Errorf("@context, @type = %v, %v; want https://schema.org, %s", ld["@context"], ld["@type"], tt.typ)
			}
			if ld[tt.field] != tt.want {
				t.Errorf("%s = %v, want %v", tt.field, ld[tt.field], tt.want)
			}
		})
	}
	t.Run("performer", func(t *testing.T) {
		ld := jsonLD(t, outs["talks/resilient-services/index.html"].Body)
		perf, _ := ld["performer"].([]any)
		if len(perf) != 2 {
			t.Fatalf("performer = %v, want two people", ld["performer"])
		}
		if p := perf[0].(map[string]any); p["@type"] != "Person" || p["name"] != "Marc Brooker" {
			t.Errorf("performer[0] = %v", p)
		}
	})
	t.Run("reading items", func(t *testing.T) {
		ld := jsonLD(t, outs["reading/books/index.html"].Body)
		items, _ := ld["itemListElement"].([]any)
		if len(items) != 2 {
			t.Fatalf("itemListElement = %v, want 2 items", ld["itemListElement"])
		}
		if it := items[1].(map[string]any); it["position"] != 2.0 || it["name"] != "The Field Guide to Understanding Human Error" {
			t.Errorf("item 2 = %v", it)
		}
	})
}
