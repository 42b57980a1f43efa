"""Sources -> Article: scraped text, HTML, URLs."""
