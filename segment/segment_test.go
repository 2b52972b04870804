package segment

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

func tokens(text string) []string {
	var out []string
	for _, t := range Tokenize(text, doc.Range{Start: 0, End: len(text)}) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Putin said: "It's over."`, `Putin said : " It 's over . "`},
		{"They don't know, can't say.", "They do n't know , ca n't say ."},
		{"Mr. Smith met U.S. officials in Washington, D.C.", "Mr. Smith met U.S. officials in Washington , D.C."},
		{"Bashar al-Assad's long-term plan", "Bashar al-Assad 's long-term plan"},
		{"It cost $1,000.50 (about 5%).", "It cost $ 1,000.50 ( about 5 % ) ."},
		{"See https://example.com/a?b=1.", "See https://example.com/a?b=1 ."},
		{"war—and peace", "war — and peace"},
		{"“Quoted,” he said…", "“ Quoted , ” he said …"},
		{"J. R. R. Tolkien", "J. R. R. Tolkien"},
		{"the leaders' talks", "the leaders ' talks"},
	}
	for _, tt := range tests {
		if got := strings.Join(tokens(tt.in), " "); got != tt.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestOffsetsExact(t *testing.T) {
	text := "  Él dijo: «¡Hola!»  Ünïcödé  — fine.\n\nNext para."
	d := doc.New(dateline.Article{Text: text}, zeroTime)
	New().Process(d)
	for _, tok := range d.Tokens {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q at %d:%d does not match text", tok.Text, tok.Start, tok.End)
		}
	}
	if len(d.Paras) != 2 {
		t.Fatalf("paragraphs = %d, want 2", len(d.Paras))
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`"It is over," Putin said. "We won." He left.`, []string{`"It is over," Putin said.`, `"We won."`, `He left.`}},
		{"Mr. Smith went to the U.S. He liked it.", []string{"Mr. Smith went to the U.S.", "He liked it."}},
		{"Growth was 3.5 percent in Jan. 2017, officials said.", []string{"Growth was 3.5 percent in Jan. 2017, officials said."}},
		{"Headline without stop\nBody starts here. Ends here.", []string{"Headline without stop", "Body starts here.", "Ends here."}},
		{"He said (quietly.) Then left!", []string{"He said (quietly.)", "Then left!"}},
		{"The plan came too late. 'They told me to wait,' he said.", []string{"The plan came too late.", "'They told me to wait,' he said."}},
		{"He said it was 'over.' Then he left.", []string{"He said it was 'over.'", "Then he left."}},
		// datelines are sentences of their own
		{"LONDON (Reuters) - The minister said so. He left.", []string{"LONDON (Reuters) -", "The minister said so.", "He left."}},
		{"ISLAMABAD/NEW DELHI, May 7 (Reuters) - India struck. Pakistan said so.", []string{"ISLAMABAD/NEW DELHI, May 7 (Reuters) -", "India struck.", "Pakistan said so."}},
		{"Title\n\nWASHINGTON, August 11 (Xinhua) -- Talks ended.", []string{"Title", "WASHINGTON, August 11 (Xinhua) --", "Talks ended."}},
		{"KUALA LUMPUR, Malaysia — Police said.", []string{"KUALA LUMPUR, Malaysia —", "Police said."}},
		{"(CNN) — The president spoke.", []string{"(CNN) —", "The president spoke."}},
		{"WASHINGTON (AP) _ The Senate voted.", []string{"WASHINGTON (AP) _", "The Senate voted."}},
		// not datelines
		{"US - China talks resumed.", []string{"US - China talks resumed."}},
		{"NATO, the alliance - or what is left of it - met.", []string{"NATO, the alliance - or what is left of it - met."}},
		{"I - for one - agree.", []string{"I - for one - agree."}},
	}
	for _, tt := range tests {
		d := doc.New(dateline.Article{Text: tt.in}, zeroTime)
		New().Process(d)
		var got []string
		for _, s := range d.Sents {
			got = append(got, d.Slice(s.Range))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences of %q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
