"""Reading facts (pay, grade, education, experience, licences, overtime ...) out of a document's text."""
