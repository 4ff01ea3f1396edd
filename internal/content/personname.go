package content

import "strings"

// How a person's name is written: whole, beside a handle, or in parts.

// namedApart reports whether a person's front matter gives their name in
// a field of its own (name, fullName, firstName…), beside which "title"
// is their job title.
func (f *fields) namedApart() bool {
	for _, k := range nameKeys {
		if f.peek(k) != "" {
			return true
		}
	}
	return partsName(f.root) != ""
}

// nameKeys name the field holding a person's name, best first: a
// display name beside "name" is the one to show ("name" is then a
// handle).
var nameKeys = append(append([]string(nil), displayNameKeys...), "name", "fullname", "full_name")

// familyKeys name a person's family name, written apart from the rest.
var familyKeys = []string{"last", "last_name", "lastname", "family", "family_name", "surname"}

// surnameKeys are the familyKeys that say "family name" whatever is
// beside them: "last" and "family" are a family name only among the
// other parts (last: true beside a name could be any flag).
var surnameKeys = []string{"surname", "last_name", "lastname", "family_name"}

// wholeName is the name m gives a person: its first name field (see
// nameKeys) or, without one, the name written in parts (partsName).
func wholeName(m *node) string {
	for _, k := range nameKeys {
		if s := mapText(m, k); s != "" {
			if k == "name" && nameHandle(m) != "" {
				return partsName(m)
			}
			if k == "name" {
				return withFamily(s, m)
			}
			return s
		}
	}
	return partsName(m)
}

// withFamily is name, the text of a "name" field, followed by the
// family name m writes apart (name: Martin, surname: Splitt), as
// address books and conference sites split a name in two: the family
// name is what tells two people of one given name apart. A name that
// holds the family name already (name: Martin Splitt beside surname:
// Splitt) is whole.
func withFamily(name string, m *node) string {
	family := mapText(m, surnameKeys...)
	if family == "" {
		return name
	}
	fold := func(s string) string { return " " + strings.ToLower(strings.Join(strings.Fields(s), " ")) + " " }
	if strings.Contains(fold(name), fold(family)) {
		return name
	}
	return name + " " + family
}

// givenKeys name a person's given name, written apart from the rest.
var givenKeys = []string{"first", "first_name", "firstname", "given", "given_name"}

// nameHandle is the text of m's "name" when it is a handle beside the
// name written in parts, "" otherwise. jekyll-theme-conference's
// speakers go by their "name", the key their talks' speakers lists
// use, while its pages show first_name and last_name, and sites write
// an id there (name: GustavMarkkula, first_name: Gustav, last_name:
// Markkula). A name is such a handle when it is one word, m writes both
// a given and a family name, and it is neither of them: "name: Gustav
// Markkula" or "name: Martin" beside them names the person.
func nameHandle(m *node) string {
	name := mapText(m, "name")
	given, family := mapText(m, givenKeys...), mapText(m, surnameKeys...)
	if name == "" || given == "" || family == "" || len(strings.Fields(name)) != 1 || mapText(m, displayNameKeys...) != "" {
		return ""
	}
	if strings.EqualFold(name, given) || strings.EqualFold(name, family) {
		return ""
	}
	return name
}

// partsName joins a name written in parts, {first, middle, last} or
// {given, family}, in that order.
func partsName(m *node) string {
	var parts []string
	for _, keys := range [][]string{
		givenKeys,
		{"middle", "middle_name"},
		familyKeys,
	} {
		if s := mapText(m, keys...); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}
