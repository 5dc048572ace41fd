"""A yes/no question asks whether there is a thing ("a polygraph test", "a county vehicle", "a food handler card"):
a passage stating another thing of the same kind, or one close in meaning, does not answer it. Real components:
each corpus synced into a real Chroma store with the real embedding model."""

from __future__ import annotations

from conftest import corpus_assistant

SPEC = ("# Extension Educator\n\nCity of Alder\n\n## Special Requirements\n\nA valid driver's license and the ability to "
        "travel throughout the County, including to farms and rural sites.\n\n## Advancement\n\nAn Educator I may be "
        "advanced to Educator II without examination after 12 months of service and a call-plan rate of at least "
        "90%.\n\n## Duties\n\n- Teaches pesticide safety classes to growers.\n- Writes a monthly newsletter.\n")


def test_a_thing_asked_whether_there_is_is_named_or_refused(tmp_path, shared_embeddings) -> None:
    alder = corpus_assistant(tmp_path, {"alder-extension-educator.md": SPEC}, shared_embeddings)
    polygraph = alder.ask("Do Alder Extension Educators have to take a polygraph test?")
    assert not polygraph.answered and "polygraph" in polygraph.text, polygraph.text
    vehicle = alder.ask("Do Alder Extension Educators get a county vehicle for driving out to farms?")
    assert not vehicle.answered and "vehicle" in vehicle.text, vehicle.text
    license_ = alder.ask("Do Alder Extension Educators need a driver's license?")
    assert license_.answered and "valid driver's license" in license_.text, license_.text
