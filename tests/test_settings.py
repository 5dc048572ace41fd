"""Settings: JCA_* environment variables, CLI overrides, validation messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings, SettingsError, describe_settings


def test_defaults_without_environment():
    s = Settings.from_env({})
    assert s.top_k == 8 and s.chunk_size == 900 and s.chunk_overlap == 120
    assert s.data_dir == REPO_ROOT / "index"
    assert s.answer_mode == "extractive" and not s.uses_chroma_server


def test_env_values_are_parsed_to_their_types(tmp_path):
    s = Settings.from_env({
        "JCA_DATA_DIR": str(tmp_path / "idx"),
        "JCA_TOP_K": "3",
        "JCA_MAX_FILE_MB": "1.5",
        "JCA_CHROMA_SSL": "yes",
        "JCA_COLLECTION": "specs",
        "UNRELATED": "ignored",
        "TOP_K": "99",  # no prefix: not ours
    })
    assert s.data_dir == (tmp_path / "idx").resolve() and isinstance(s.data_dir, Path)
    assert s.top_k == 3 and isinstance(s.top_k, int)
    assert s.max_file_mb == 1.5 and s.max_file_bytes == int(1.5 * 1024 * 1024)
    assert s.chroma_ssl is True
    assert s.collection == "specs"


def test_relative_and_home_data_dir_are_resolved(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Settings.from_env({"JCA_DATA_DIR": "rel/idx"}).data_dir == tmp_path / "rel" / "idx"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Settings.from_env({"JCA_DATA_DIR": "~/idx"}).data_dir == tmp_path / "idx"


def test_override_wins_over_env_and_none_does_not(tmp_path):
    env = {"JCA_DATA_DIR": str(tmp_path / "from-env"), "JCA_TOP_K": "4"}
    s = Settings.from_env(env, data_dir=tmp_path / "from-flag", top_k=None)
    assert s.data_dir == tmp_path / "from-flag"
    assert s.top_k == 4  # a flag left unset (None) does not hide the env value
    assert s.with_overrides(top_k=6, data_dir=None).top_k == 6


def test_process_environment_is_read_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("JCA_TOP_K", "11")
    monkeypatch.setenv("JCA_DATA_DIR", str(tmp_path))
    s = Settings.from_env()
    assert s.top_k == 11 and s.data_dir == tmp_path.resolve()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"JCA_TOP_K": "abc"}, "JCA_TOP_K='abc'"),
        ({"JCA_TOP_K": "2.5"}, "JCA_TOP_K='2.5'"),
        ({"JCA_TOP_K": "0"}, "top_k must be at least 1"),
        ({"JCA_MAX_FILE_MB": "lots"}, "JCA_MAX_FILE_MB='lots'"),
        ({"JCA_MAX_FILE_MB": "0"}, "max_file_mb must be a positive number"),
        ({"JCA_CHROMA_SSL": "maybe"}, "JCA_CHROMA_SSL='maybe'"),
        ({"JCA_ANSWER_MODE": "magic"}, "JCA_ANSWER_MODE"),
        ({"JCA_ANSWER_MODE": "llm"}, "JCA_LLM_BASE_URL"),
        ({"JCA_CHUNK_SIZE": "100", "JCA_CHUNK_OVERLAP": "100"}, "chunk_overlap must be smaller than chunk_size"),
    ],
)
def test_invalid_values_raise_settings_error_with_clear_message(env, message):
    with pytest.raises(SettingsError) as info:
        Settings.from_env(env)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_unknown_override_is_a_settings_error():
    with pytest.raises(SettingsError, match="no_such_setting"):
        Settings.from_env({}, no_such_setting=1)


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_non_finite_max_file_mb_is_rejected(value):
    with pytest.raises(SettingsError):
        s = Settings.from_env({"JCA_MAX_FILE_MB": value})
        s.max_file_bytes  # noqa: B018 - int(nan)/int(inf) blows up here


def test_describe_settings_lists_every_env_variable():
    rows = {name: (default, kind) for name, default, kind in describe_settings()}
    assert rows["JCA_DATA_DIR"][1] == "PosixPath" or rows["JCA_DATA_DIR"][1].endswith("Path")
    assert rows["JCA_TOP_K"] == ("8", "int")
    assert rows["JCA_CHROMA_SSL"] == ("False", "bool")
    assert "JCA_EXTRA" not in rows


def test_max_concurrent_answers_is_validated_and_read_from_env(monkeypatch):
    monkeypatch.setenv("JCA_MAX_CONCURRENT_ANSWERS", "0")
    assert Settings.from_env().max_concurrent_answers == 0
    assert Settings().max_concurrent_answers == 2
    with pytest.raises(SettingsError, match="JCA_MAX_CONCURRENT_ANSWERS"):
        Settings(max_concurrent_answers=-1)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"JCA_TOP_K": "abc"}, "JCA_TOP_K='abc': invalid literal for int() with base 10: 'abc'"),
        ({"JCA_CHUNK_SIZE": ""}, "JCA_CHUNK_SIZE='': invalid literal for int() with base 10: ''"),
        ({"JCA_LLM_TIMEOUT_S": "soon"}, "JCA_LLM_TIMEOUT_S='soon': could not convert string to float: 'soon'"),
        ({"JCA_CHROMA_SSL": "t"}, "JCA_CHROMA_SSL='t': expected true/false, got 't'"),
    ],
)
def test_a_bad_env_value_names_the_variable(env, message):
    with pytest.raises(SettingsError) as info:
        Settings.from_env(env)
    assert message in str(info.value)


def test_every_bad_env_value_is_named_at_once():
    with pytest.raises(SettingsError) as info:
        Settings.from_env({"JCA_TOP_K": "x", "JCA_PORT": "y"})
    assert "JCA_TOP_K='x'" in str(info.value) and "JCA_PORT='y'" in str(info.value)


def test_a_bad_keyword_names_the_setting_and_its_variable():
    with pytest.raises(SettingsError, match=r"top_k: invalid literal for int\(\) with base 10: 'abc' \(JCA_TOP_K\)"):
        Settings(top_k="abc")
    with pytest.raises(SettingsError, match=r"top_k: expected an integer, got 2.5 \(JCA_TOP_K\)"):
        Settings(top_k=2.5)
    with pytest.raises(SettingsError, match="no_such_setting"):
        Settings(no_such_setting=1)


@pytest.mark.parametrize(("text", "value"), [("1", True), ("true", True), ("Yes", True), (" on ", True),
                                             ("0", False), ("false", False), ("no", False), ("OFF", False), ("", False)])
def test_boolean_words(text, value):
    assert Settings.from_env({"JCA_CHROMA_SSL": text}).chroma_ssl is value


def test_only_the_prefix_in_capitals_is_read():
    env = {"TOP_K": "2", "JCA_TOP_K_EXTRA": "3", "jca_top_k": "4", "Jca_Top_K": "5", "XJCA_TOP_K": "6"}
    assert Settings.from_env(env).top_k == 8
    assert Settings.from_env(env | {"JCA_TOP_K": "7"}).top_k == 7


def test_unknown_jca_variables_are_ignored():
    s = Settings.from_env({"JCA_NO_SUCH_SETTING": "1", "JCA_": "x", "JCA_TEST_LLM": "1"})
    assert s == Settings.from_env({})


def test_keyword_construction_does_not_read_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JCA_TOP_K", "11")
    monkeypatch.setenv("JCA_ANSWER_MODE", "magic")  # would fail if it were read
    s = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")
    assert s.top_k == 8 and s.answer_mode == "extractive"
    assert s.data_dir == tmp_path / "data"
    assert s.with_overrides(top_k=3).top_k == 3  # nor does a copy


def test_settings_are_immutable_and_copies_are_checked_again(tmp_path):
    s = Settings(data_dir=tmp_path)
    with pytest.raises(ValueError):
        s.top_k = 3  # type: ignore[misc]
    assert s.top_k == 8 and hash(s) == hash(Settings(data_dir=tmp_path))
    copy = s.with_overrides(chunk_size=500, chunk_overlap=60)
    assert (copy.chunk_size, copy.chunk_overlap, copy.data_dir) == (500, 60, tmp_path)
    with pytest.raises(SettingsError, match="chunk_overlap must be smaller"):
        s.with_overrides(chunk_overlap=900)


def test_keyword_values_are_converted_to_the_field_types(tmp_path):
    s = Settings(data_dir=str(tmp_path), top_k="3", chroma_ssl="yes", max_file_mb=1)
    assert s.data_dir == tmp_path and isinstance(s.data_dir, Path)
    assert s.top_k == 3 and s.chroma_ssl is True and s.max_file_mb == 1.0
