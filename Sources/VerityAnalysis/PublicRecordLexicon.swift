/// Words that mark statements about the public record, and statements of view or intent: the
/// check-worthiness classifier weighs the first for and the second against checking.
public enum PublicRecordLexicon {
    /// Subjects of public record that carry checkable facts (`budget`, `unemployment`, `troops`).
    public static let topics = Lexicon(name: "topic", entries: [
        "tax", "taxes", "budget", "deficit", "deficits", "debt", "spending", "economy",
        "economic", "unemployment", "jobs", "wages", "income", "incomes", "inflation", "prices",
        "interest rates", "growth", "recession", "trade", "tariff", "tariffs", "exports",
        "imports", "oil", "gas", "energy", "health care", "healthcare", "insurance", "medicare",
        "medicaid", "social security", "pension", "pensions", "welfare", "poverty", "crime",
        "murder", "murders", "police", "prison", "prisons", "immigration", "immigrants",
        "border", "refugees", "troops", "military", "defense", "defence", "army", "navy",
        "missile", "missiles", "nuclear", "weapons", "war", "sanctions", "treaty", "ceasefire",
        "cease-fire", "strikes", "airstrikes", "casualties", "election", "elections", "vote",
        "votes", "law", "laws", "bill", "legislation", "court", "senate", "congress",
        "parliament", "government", "administration", "schools", "education", "students",
        "climate", "emissions", "carbon", "population", "percent", "rate", "rates", "cost",
        "costs", "funding", "program", "programs", "programme", "programmes", "plan",
    ])

    /// Verbs of the public record: what someone did or what happened (`voted`, `signed`).
    public static let record = Lexicon(name: "record", entries: [
        "voted", "vote for", "vote against", "passed", "signed", "vetoed", "enacted",
        "approved", "rejected", "opposed", "supported", "sponsored", "proposed", "funded",
        "spent", "borrowed", "invested", "hired", "fired", "appointed", "elected", "launched",
        "attacked", "invaded", "bombed", "struck", "shot down", "intercepted", "seized",
        "captured", "arrested", "charged", "convicted", "sentenced", "announced", "reported",
        "recorded", "confirmed", "ranked", "registered", "killed", "died", "destroyed",
        "built", "closed", "opened", "created", "lost", "won", "has been", "have been",
        "had been", "there are", "there were", "there is", "there was",
    ])

    /// Statements of view, intent or courtesy, which are rarely checkable (`I think`, `we must`).
    public static let opinion = Lexicon(name: "opinion", entries: [
        "i think", "i believe", "i feel", "i hope", "i want", "i wanted", "i'd like",
        "i would like", "i'm going to", "i will", "i'll", "we will", "we'll", "we need",
        "we must", "we should", "we have to", "we've got to", "we ought to", "let me", "let's",
        "let us", "thank you", "thanks", "i agree", "i disagree", "i understand", "i know",
        "my opponent", "you know", "i mean", "i guess", "in my view", "in my opinion",
        "i'm not", "that's why", "i don't", "we can", "i can", "i would", "we would",
        "should be", "ought to", "must be", "need to", "it's time", "laughter", "applause",
        "crosstalk", "folks",
    ])
}
