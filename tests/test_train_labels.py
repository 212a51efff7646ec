"""How the trainer labels lines from snippets (scripts/train_text_classifier.py)."""

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_text_classifier.py"
_SPEC = importlib.util.spec_from_file_location("train_text_classifier", _SCRIPT)
trainer = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(trainer)


def test_a_line_holding_a_wanted_snippet_is_body():
    lines = ["Menü", "Die Brücke wurde am Samstag   freigegeben, sagte die Stadt."]
    assert trainer.snippet_labels(lines, ["Brücke wurde am Samstag freigegeben"], []) == [None, 1]


def test_a_long_line_inside_an_unwanted_snippet_is_boilerplate():
    banner = "Diese Website verwendet Cookies, um Ihnen"
    labels = trainer.snippet_labels([banner], [], [banner + " das beste Erlebnis zu bieten."])
    assert labels == [0]


def test_a_short_line_inside_a_snippet_stays_unlabelled():
    # "Home" occurs inside many snippets: only lines of SNIPPET_MIN_CHARS and more are
    # labelled by a snippet that holds them.
    assert trainer.snippet_labels(["Home"], ["Home of the week's best stories"], []) == [None]


def test_the_check_finds_a_fitted_model_equal_to_the_shipped_one():
    from newsparse.models.text_lines import MODEL

    same = {"weights": dict(MODEL["weights"]), "switch_cost": MODEL["switch_cost"]}
    assert trainer.check(same) == []


def test_the_check_names_each_weight_and_setting_that_differs():
    from newsparse.models.text_lines import MODEL

    weights = dict(MODEL["weights"], bias=MODEL["weights"]["bias"] + 0.00001)
    del weights["terminal"]
    found = trainer.check({"weights": weights, "switch_cost": MODEL["switch_cost"] + 1})
    assert [line.split(":")[0] for line in found] == ["bias", "terminal", "switch_cost"]


def test_the_trainer_reads_the_shipped_model_and_the_revision_of_its_features():
    from newsparse.models import text_lines

    assert trainer.shipped_model() == (text_lines.MODEL, text_lines.FEATURES_FROM)
