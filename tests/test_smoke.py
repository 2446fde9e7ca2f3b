from policyextract.cli import main


def test_version_flag(capsys):
    try:
        main(["--version"])
    except SystemExit as exit:
        assert exit.code == 0
    assert "policyextract" in capsys.readouterr().out
