"""Password strength rules (no external word lists: the machines are offline)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import HosoError

MIN_LENGTH = 10
_COMMON = {
    "password", "matkhau", "123456789", "1234567890", "qwertyuiop", "abc123456", "admin12345",
    "iloveyou", "vietnam", "hanoi", "saigon", "anhyeuem", "baomat", "dangvien",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def assess(password: str, username: str = "") -> Strength:
    problems = []
    classes = sum(
        [any(c.islower() for c in password), any(c.isupper() for c in password),
         any(c.isdigit() for c in password), any(not c.isalnum() for c in password)]
    )
    lowered = password.lower()
    if len(password) < MIN_LENGTH:
        problems.append(f"cần ít nhất {MIN_LENGTH} ký tự")
    if classes < 3 and len(password) < 16:
        problems.append("cần ít nhất 3 loại ký tự (chữ thường, chữ hoa, số, ký hiệu) hoặc dài từ 16 ký tự")
    if any(w in lowered for w in _COMMON):
        problems.append("chứa từ quá phổ biến")
    if username and len(username) >= 3 and username.lower() in lowered:
        problems.append("không được chứa tên đăng nhập")
    if len(set(password)) < 5:
        problems.append("quá ít ký tự khác nhau")
    score = min(4, max(0, (len(password) >= MIN_LENGTH) + (len(password) >= 14) + (classes >= 3) + (classes == 4) - 2 * bool(problems)))
    return Strength(score, tuple(problems))


def check_password(password: str, username: str = "") -> None:
    s = assess(password, username)
    if s.problems:
        raise HosoError("weak_password", reason="; ".join(s.problems))
