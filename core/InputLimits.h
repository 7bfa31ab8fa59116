// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The largest figures a person may give, in the window and on the command line alike. They are past any real
// price, bill or day, so a figure beyond them is a typing mistake, refused with a message (issue 9).
namespace localrig::core::limits {

inline constexpr double kMaxUsd = 1e7; // a price, a budget or a monthly API bill: 10 million US dollars
inline constexpr double kMaxUsdPerKwh = 10.0; // electricity: tens of times any household tariff
inline constexpr double kMaxHoursPerDay = 24.0;
inline constexpr int kMaxSessions = 64; // parallel agents or sessions of one plan

} // namespace localrig::core::limits
