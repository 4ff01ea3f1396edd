package sitegen

// Vocabularies the generator draws from. They are fixed: changing them
// changes every generated site.
var (
	firstNames = []string{
		"Amara", "Andrew", "Beatriz", "Carlos", "Chen", "Dana", "Elif", "Emeka", "Farah", "Felix",
		"Greta", "Hiro", "Ines", "Ivan", "Jae", "Jonas", "Kavya", "Kofi", "Lena", "Luis",
		"Maya", "Mateo", "Nadia", "Nikolai", "Olu", "Omar", "Paula", "Priya", "Quinn", "Rafael",
		"Rosa", "Sami", "Sofia", "Tariq", "Tomás", "Uma", "Vera", "Wei", "Ximena", "Yusuf",
		"Zanele", "José", "Zoë", "Ana", "Björn", "Chiara", "Dmitri", "Esther", "Fatima", "Gustavo",
		"Hana", "Ilse", "Julien", "Katja", "Leila", "Marek", "Noor", "Oskar", "Pilar", "Renée",
	}
	lastNames = []string{
		"Okafor", "Godwin", "Ferreira", "Raman", "Müller", "Nakamura", "Silva", "Kowalski", "Haddad", "Lindqvist",
		"Mensah", "Ortega", "Petrov", "Quintero", "Rossi", "Sato", "Tanaka", "Usman", "Varga", "Wójcik",
		"Xu", "Yilmaz", "Zhang", "Andersen", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer", "García",
		"Horvat", "Ibrahim", "Jensen", "Kim", "López", "Moreau", "Novak", "O'Brien", "Park", "Reyes",
		"Schmidt", "Torres", "Ueda", "Vasquez", "Weber", "Yamamoto", "Zimmermann", "Abara", "Brennan", "Castillo",
		"Dimitrov", "Esposito", "Fontaine", "Gallagher", "Hoffmann", "Iyer", "Janssen", "Kaur", "Larsen", "Moreno",
	}
	companies = []string{
		"Fernweh Systems", "Eventbrite", "Northwind Traders", "Acme Cloud", "Blue Harbor Labs", "Kestrel Data",
		"Lighthouse Software", "Mosaic Health", "Orbital Analytics", "Pine & Pixel", "Quarry Networks", "Riverbank",
		"Saltmarsh Studio", "Tidewater", "", "", "Independent",
	}
	topics = []string{
		"Python", "Go", "Rust", "JavaScript", "TypeScript", "Django", "Kubernetes", "Postgres", "SQLite", "Observability",
		"Testing", "Security", "Accessibility", "Typography", "Performance", "Concurrency", "Databases", "Caching", "Compilers", "Packaging",
		"Machine Learning", "Data Engineering", "APIs", "GraphQL", "WebAssembly", "Serverless", "Networking", "DNS", "Linux", "Embedded",
		"SRE", "Incident Response", "Chaos Engineering", "Culture", "Mentoring", "Open Source", "Documentation", "Design Systems", "CSS", "HTML",
	}
	qualifiers = []string{
		"Advanced", "Practical", "Modern", "Legacy", "Distributed", "Scalable", "Secure", "Async",
		"Functional", "Reactive", "Mobile", "Cloud", "Edge", "Realtime", "Green",
	}
	tracks  = []string{"Operations", "Web", "Data", "Languages", "Security", "Community", "Design", "Infrastructure"}
	formats = []string{"talk", "talk", "talk", "talk", "talk", "keynote", "tutorial", "workshop", "lightning", "panel"}
	levels  = []string{"Beginner", "Intermediate", "Advanced", "All"}
	cities  = []struct{ name, zone string }{
		{"Lisbon", "Europe/Lisbon"},
		{"Spokane", "America/Los_Angeles"},
		{"Cleveland", "America/New_York"},
		{"Cape Town", "Africa/Johannesburg"},
		{"Rimini", "Europe/Rome"},
		{"Lviv", "Europe/Kyiv"},
		{"Portland", "America/Los_Angeles"},
		{"Minneapolis", "America/Chicago"},
	}
	roomNames = []string{"Auditorium", "Ballroom A", "Ballroom B", "Sala Tejo", "Sala Douro", "Room 101", "Room 102", "Workshop Hall"}
	words     = []string{
		"system", "failure", "team", "deploy", "review", "latency", "queue", "cache", "schema", "index",
		"request", "response", "service", "cluster", "pipeline", "incident", "budget", "release", "test", "build",
		"reader", "writer", "module", "package", "function", "interface", "boundary", "contract", "migration", "rollout",
		"metric", "trace", "alert", "pager", "runbook", "timeline", "lesson", "question", "trade-off", "design",
		"the", "a", "every", "our", "their", "this", "that", "each", "most", "some",
		"is", "was", "becomes", "needs", "breaks", "scales", "survives", "fails", "changes", "grows",
		"quickly", "slowly", "quietly", "often", "rarely", "carefully", "together", "again", "early", "later",
		"and", "but", "so", "because", "when", "while", "until", "before", "after", "with",
		"small", "large", "brittle", "robust", "simple", "complex", "shared", "local", "remote", "stale",
	}
	linkHosts = []string{
		"https://how.complexsystems.fail/", "https://www.learningfromincidents.io/", "https://queue.acm.org/detail.cfm?id=",
		"https://sre.google/sre-book/", "https://martinfowler.com/articles/", "https://research.example.org/papers/",
		"https://blog.example.com/posts/", "https://www.usenix.org/conference/srecon/presentation/",
	}
	codeSamples = []struct{ lang, code string }{
		{"go", "func retry(ctx context.Context, n int, f func() error) error {\n\tvar err error\n\tfor i := 0; i < n; i++ {\n\t\tif err = f(); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\tcase <-time.After(time.Duration(i) * time.Second):\n\t\t}\n\t}\n\treturn err\n}"},
		{"python", "def percentile(values, p):\n    \"\"\"Return the p-th percentile of values.\"\"\"\n    ordered = sorted(values)\n    k = (len(ordered) - 1) * p / 100\n    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)\n    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)"},
		{"yaml", "service:\n  name: checkout\n  replicas: 3\n  probes:\n    readiness: /healthz\n    timeout: 2s\n  alerts:\n    - latency_p99 > 300ms\n    - error_rate > 1%"},
		{"sql", "SELECT speaker, count(*) AS talks\nFROM talks\nJOIN speakers USING (speaker_id)\nWHERE year >= 2020\nGROUP BY speaker\nORDER BY talks DESC\nLIMIT 10;"},
		{"javascript", "export async function fetchSchedule(day) {\n  const res = await fetch(`/api/schedule/${day}`);\n  if (!res.ok) throw new Error(`status ${res.status}`);\n  return (await res.json()).talks.filter((t) => !t.hidden);\n}"},
	}
)
