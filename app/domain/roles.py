"""Roles of the people who use HoSo."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    ADMIN = "admin"
    LEADER = "leader"
    OFFICER = "officer"
    CLERK = "clerk"

    @property
    def label_vi(self) -> str:
        return {"admin": "Quản trị", "leader": "Lãnh đạo", "officer": "Chuyên viên", "clerk": "Văn thư"}[self.value]

    @classmethod
    def parse(cls, text: str) -> "Role":
        try:
            return cls(text.strip().lower())
        except ValueError:
            from ..errors import InvalidInput

            raise InvalidInput(detail=f"vai trò không hợp lệ: {text!r} (admin, leader, officer, clerk)") from None
