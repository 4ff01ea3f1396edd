package content

import "testing"

func TestMDX(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		body     string
		bodyLine int
		diags    []string
	}{
		{
			name:     "imports and a self-closing component",
			src:      "---\ntitle: Venue\n---\nimport { Image } from \"astro:assets\";\nimport venue from \"./images/prague.jpg\";\n\n# Prague\n\n<Image src={venue} alt=\"The venue\" />\n\nText.\n",
			body:     "\n\n\n# Prague\n\n![The venue](<./images/prague.jpg>)\n\nText.\n",
			bodyLine: 4,
		},
		{
			name:     "a component lost, so its imports are named",
			src:      "---\ntitle: Venue\n---\nimport { Image } from \"astro:assets\";\nimport venue from \"./images/prague.jpg\";\n\n<Image src={venue} alt=\"The venue\" />\n<Map lat={50} />\n",
			body:     "\n\n\n![The venue](<./images/prague.jpg>)\n\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:4:1: warning: left out 2 import/export statements and 1 JSX element (<Map>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "a YouTube component is a link to its video; a picture not imported is lost",
			src:      "---\ntitle: x\n---\n<YouTube id=\"pW9aezM9DzA\"/>\n\n<Image src={remote} alt=\"x\" />\n",
			body:     "[Watch the video on YouTube](https://www.youtube.com/watch?v=pW9aezM9DzA)\n\n\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:6:1: warning: left out 1 JSX element (<Image>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "a component framing prose over several lines keeps it under its title, one on a line too; one holding an expression is lost",
			src:      "---\ntitle: x\n---\nBefore.\n\n  <BenefitItem\n    title=\"Swag > stickers\"\n    icon={{ name: \"gift\" }}>\n  <BenefitItem>inner</BenefitItem>\n  <BenefitItem>{count} more</BenefitItem>\n  Some **text**\n  </BenefitItem>\n\nAfter.\n",
			body:     "Before.\n\n#### Swag > stickers\n\n\ninner  \n\nSome **text**\n\n\nAfter.\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:10:3: warning: left out 1 JSX element (<BenefitItem>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "components framing text on one line keep it, after their titles, one a line",
			src:      "---\ntitle: x\n---\n<CardGrid>\n  <Card title=\"Fast\" icon=\"rocket\">Builds in *seconds*.</Card>\n  <Card title='Why?'>No servers.</Card>\n</CardGrid>\n\n<Aside type=\"tip\">Bring a laptop.</Aside>\n<Card title=\"x\">Use <Code code=\"a\" /> here</Card> and more\n",
			body:     "\n**Fast**: Builds in *seconds*.  \n**Why?** No servers.  \n\n\nBring a laptop.  \n\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:10:1: warning: left out 1 JSX element (<Card>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "a presenter's bio framed by a component is kept under their name",
			src:      "---\ntitle: x\n---\nAbstract.\n\n<Presenter name=\"Ida Lund\">\n  Ida designs *kettles*.\n\n  [Website](https://ida.example)\n</Presenter>\n\n<Aside type=\"tip\">\nBring a laptop.\n</Aside>\n",
			body:     "Abstract.\n\n#### Ida Lund\nIda designs *kettles*.\n\n[Website](https://ida.example)\n\n\n\nBring a laptop.\n\n",
			bodyLine: 4,
		},
		{
			name:     "nested frames indented deeper than code are prose, fences in them kept",
			src:      "---\ntitle: x\n---\n<Tabs>\n  <TabItem label='npm'>\n    Run this:\n\n    ```sh\n    npm i {x}\n    ```\n  </TabItem>\n</Tabs>\n",
			body:     "\n#### npm\nRun this:\n\n```sh\nnpm i {x}\n```\n\n\n",
			bodyLine: 4,
		},
		{
			name:     "frames indented with tabs, as Starlight's starter writes its cards, keep their prose",
			src:      "---\ntitle: x\n---\n<CardGrid stagger>\n\t<Card title=\"Update content\" icon=\"pencil\">\n\t\tEdit `index.mdx`.\n\t</Card>\n\t<Card title=\"Fast\">Boils in a minute.</Card>\n</CardGrid>\n",
			body:     "\n#### Update content\nEdit `index.mdx`.\n\n**Fast**: Boils in a minute.  \n\n",
			bodyLine: 4,
		},
		{
			name:     "a frame around an expression, or around nothing, is lost",
			src:      "---\ntitle: x\n---\n<Grid>\n  {talks.map((t) => <Card title={t.title} />)}\n</Grid>\n<Spacer>\n\n</Spacer>\n",
			body:     "\n\n\n\n\n\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:4:1: warning: left out 2 JSX elements (<Grid>, <Spacer>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "a link component is a link to its address",
			src:      "---\ntitle: x\n---\nimport ButtonLink from \"../components/ButtonLink.astro\";\n\n<ButtonLink href=\"https://tickets.example.org/\">Get a [ticket]</ButtonLink>\n\n<LinkButton href='/cfp/' variant=\"primary\">\n  Submit a\n  talk\n</LinkButton>\n\n<LinkCard title=\"Venue\" href=\"/venue/\" />\n",
			body:     "\n\n[Get a \\[ticket\\]](https://tickets.example.org/)\n\n[Submit a talk](/cfp/)\n\n\n\n\n[Venue](/venue/)\n",
			bodyLine: 4,
		},
		{
			name:     "a link component without an address, or holding an element, is lost",
			src:      "---\ntitle: x\n---\n<ButtonLink href=\"\">Voting has ended</ButtonLink>\n<Button href=\"/a/\"><Icon name=\"x\" /> Go</Button>\n<Button href={url}>Go</Button>\n",
			body:     "\n\n\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:4:1: warning: left out 3 JSX elements (<ButtonLink>, <Button>): lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "a multi-line export, and code fences left alone",
			src:      "---\ntitle: x\n---\nexport const meta = {\n  a: 1,\n}\n\n```jsx\nimport x from \"y\";\n<Button />\n```\n",
			body:     "\n\n\n\n```jsx\nimport x from \"y\";\n<Button />\n```\n",
			bodyLine: 4,
			diags:    []string{`content/talks/a.mdx:4:1: warning: left out 1 import/export statement: lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it`},
		},
		{
			name:     "HTML and prose stay",
			src:      "---\ntitle: x\n---\n<div class=\"a\">hi</div>\n\nImport this: text.\n",
			body:     "<div class=\"a\">hi</div>\n\nImport this: text.\n",
			bodyLine: 4,
		},
		{
			name:     "a component never closed stays",
			src:      "---\ntitle: x\n---\n<Card>\ntext\n",
			body:     "<Card>\ntext\n",
			bodyLine: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.mdx", []byte(tt.src), Options{})
			if string(d.Body) != tt.body || d.BodyLine != tt.bodyLine {
				t.Errorf("body %q at line %d, want %q at line %d", d.Body, d.BodyLine, tt.body, tt.bodyLine)
			}
			wantDiags(t, d, tt.diags...)
		})
	}
}

func TestMDXIsAPage(t *testing.T) {
	if !isPage("content/speakers/DSKWCM.mdx") || !isPage("content/a.MDX") {
		t.Error(".mdx files should be pages")
	}
}
