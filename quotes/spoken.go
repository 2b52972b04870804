package quotes

// speechActs are verbs that report a speech act by its manner or force
// ("exhorted", "chastised", "scoffed at", "swore", "painted him as"), beyond the verbs of
// saying the rules attribute: the model's attributions at them are kept.
var speechActs = set(`exhort implore beseech beg chastise castigate berate rebuke reprimand scold upbraid
	admonish chide deride lambast lambaste excoriate pillory rail rant fume gripe grumble bemoan bewail
	extol commend congratulate compliment salute herald propound posit postulate theorize theorise
	hypothesize speculate surmise conjecture reason clarify elaborate expound articulate enunciate
	scoff sneer jeer taunt heckle gush rave marvel ponder recite narrate chronicle confess divulge
	imply insinuate intimate reassure guarantee swear encourage petition appeal summon
	forbid command order caution alert lecture harangue harp hector nag rib tease needle mock
	pooh-pooh belittle disparage malign slander smear vilify demonize demonise assail bash knock
	trash savage skewer scorch hammer pound rip slam blast dismiss judge assess evaluate rate grade rank
	paint frame counsel coach nudge prod entreat solicit canvass poll survey interview query
	inquire enquire probe quiz grill interrogate question`)

// attitudeWords are verbs and adjectives of feeling and conviction ("resents
// the tax", "was afraid that", "is convinced"): an attitude held is
// reported as the holder's stance.
var attitudeWords = set(`love hate despise detest loathe resent dislike like appreciate regret envy respect
	trust distrust mistrust dread desire cherish relish savor savour mourn crave covet
	afraid convinced confident sure certain aware unaware worried concerned anxious nervous hopeful
	optimistic pessimistic skeptical sceptical doubtful eager keen reluctant hesitant unwilling
	determined adamant insistent frustrated angry furious upset incensed outraged livid disappointed
	pleased happy glad delighted thrilled proud ashamed embarrassed grateful thankful sorry critical
	supportive dismissive wary fearful satisfied dissatisfied unhappy opposed coy passionate vocal
	outspoken enthusiastic ambivalent indifferent appalled alarmed dismayed disgusted troubled
	bullish bearish`)

// thoughtNouns name what someone said, thought or concluded ("his
// criticism of", "the finding that"): a noun of speech in the wider sense.
var thoughtNouns = set(`criticism critique admission confession proclamation declaration conclusion
	assessment contention insistence theory rhetoric speculation belief opinion position stance verdict
	ruling finding estimate forecast projection prediction analysis complaint rebuke praise plea appeal
	demand request call vow threat boast insult denial rebuttal retort response reply answer
	explanation suggestion recommendation advice instruction acknowledgment acknowledgement concession
	apology pronouncement disclosure revelation hint quip joke slogan chant memo missive
	proposal pitch promise assurance guarantee warning charge accusation objection protest endorsement`)

// positionWords report a position taken or a judgement of how a matter
// stands: a vote or decision ("voted against the bill", "decided to
// run", "weighed in on"), and adjectives of evidence ("it is obvious
// that").
var positionWords = set(`vote decide decision embrace weigh obvious apparent evident`)
