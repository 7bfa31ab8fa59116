// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// How old a dated figure is (issue 15): a price older than six months is "stale" wherever it is shown, and
// the shipped catalog holds no current price older than twelve months (tst_shipped_catalog, catalog check).
namespace localrig::db {

inline constexpr int kStaleMonths = 6;
inline constexpr int kExpiredMonths = 12;

// The day a catalog date stands for. Partial dates count from the end of their period ("2026-06" is
// 2026-06-30, "2026" is 2026-12-31), so a figure is never called older than it can be; a range
// ("2026-03/2026-06") counts from its later end. Invalid text gives nullopt.
std::optional<QDate> effectiveDate(const QString& catalogDate);

// Whole months from `catalogDate` to `today` (0 when it is in the future); nullopt for invalid text.
std::optional<int> ageInMonths(const QString& catalogDate, const QDate& today);

// True when `catalogDate` is more than `months` months before `today` (invalid text is not stale: the
// builder rejects it before it gets here).
bool isStale(const QString& catalogDate, const QDate& today, int months = kStaleMonths);

} // namespace localrig::db
