import pytest

from app.passwords import assess, check_password
from app.errors import HosoError
from crypto import kdf


@pytest.mark.real_kdf
def test_calibration_meets_the_floor_and_stores_its_parameters():
    p = kdf.calibrate()
    assert p.memory_kib >= 64 * 1024 and p.iterations >= 1 and len(p.salt) == 16
    again = kdf.KdfParams.from_json(p.to_json())
    assert again == p
    assert kdf.calibrate().salt != p.salt  # cached cost, fresh salt


def test_derivation_depends_on_password_and_salt():
    p = kdf.fast_params_for_tests()
    assert kdf.derive("a", p) == kdf.derive("a", p)
    assert kdf.derive("a", p) != kdf.derive("b", p)
    assert kdf.derive("a", p) != kdf.derive("a", p.with_new_salt())


@pytest.mark.parametrize("pw", ["short1!", "alllowercase", "password123ABC!", "Admin-Pass-2026", "aaaaaaaaaaaaaaaaaaaa"])
def test_weak_passwords_are_refused_with_a_reason(pw):
    with pytest.raises(HosoError) as e:
        check_password(pw, "admin")
    assert e.value.code == "weak_password" and "Mật khẩu quá yếu" in e.value.message


def test_strong_password_is_accepted():
    check_password("Quản-trị-2026!", "admin")
    assert assess("Quản-trị-2026!").score >= 3
