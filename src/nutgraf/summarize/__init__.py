"""Document -> Summary: score sentences, select key points."""
