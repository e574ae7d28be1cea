"""Objects in, text or bytes out: reporters, the DOCX forms, terminal and HTML views. Never reads files or runs git."""
