package content

import "testing"

// TestPersonImagesAndDesignation: Hugo themes give a person's photo as
// the first of images and their job title as designation, on the
// person's page and in a mapping naming them; on a note, images stays
// the share-preview picture.
func TestPersonImagesAndDesignation(t *testing.T) {
	tests := []struct {
		name, file, src     string
		wantPhoto, wantRole string
	}{
		{"speaker page list", "content/speakers/ada/_index.md",
			"---\ntitle: Ada Lovelace\ndesignation: Engineer, Engines\nimages:\n - /images/speakers/ada.jpg\n - /images/other.jpg\n---\n",
			"/images/speakers/ada.jpg", "Engineer, Engines"},
		{"speaker page one path", "content/speakers/ada.md",
			"---\ntitle: Ada Lovelace\nimages: /images/ada.jpg\n---\n", "/images/ada.jpg", ""},
		{"photo wins over images", "content/speakers/ada.md",
			"---\ntitle: Ada Lovelace\nphoto: /p/ada.png\nimages: [/images/ada.jpg]\n---\n", "/p/ada.png", ""},
		// Astro conference sites' speaker collections write the job
		// title as job ({name, job, info, github, image}).
		{"speaker page job", "src/content/speakers/qp.md",
			"---\nname: Quill Park\njob: Staff Engineer at Inkworks\nimage: https://img.example/qp.jpg\n---\nBio.\n",
			"https://img.example/qp.jpg", "Staff Engineer at Inkworks"},
		{"mapping in a talk with occupation", "content/talks/t.md",
			"---\ntitle: T\nspeakers:\n - name: Ada Lovelace\n   occupation: Analyst\n---\n", "", "Analyst"},
		// starlight-blog's authors name the photo picture.
		{"mapping with a picture", "content/talks/t.md",
			"---\ntitle: T\nspeakers:\n - name: Ada Lovelace\n   title: Guest\n   picture: /ada.png\n---\n", "/ada.png", "Guest"},
		{"mapping in a talk", "content/talks/t.md",
			"---\ntitle: T\nspeakers:\n - name: Ada Lovelace\n   designation: Engineer\n   images: [/images/ada.jpg]\n---\n",
			"/images/ada.jpg", "Engineer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte(tt.src), Options{})
			if len(d.Speakers) == 0 {
				t.Fatalf("no person; kind %v", d.Kind)
			}
			if p := d.Speakers[0]; p.Photo != tt.wantPhoto || p.Role != tt.wantRole {
				t.Errorf("photo %q role %q, want %q %q", p.Photo, p.Role, tt.wantPhoto, tt.wantRole)
			}
		})
	}
	t.Run("note keeps images for previews", func(t *testing.T) {
		d := Parse("content/posts/p.md", []byte("---\ntitle: P\ndate: 2024-01-02\nimages: [/images/p.jpg]\n---\nText.\n"), Options{})
		if d.Kind != KindNote || d.Image != "/images/p.jpg" || d.Cover {
			t.Errorf("kind %v image %q cover %v", d.Kind, d.Image, d.Cover)
		}
	})
}
