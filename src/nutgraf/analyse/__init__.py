"""Article -> Document: language, sentences, facts."""
