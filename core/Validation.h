// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <string_view>

// Every number that enters the core passes one of these, so NaN, infinity, negative and absurd
// values become an Error naming the field instead of a silent nonsense result.
namespace localrig::core {

// value must be finite and in (0, maxValue].
Result<double> requirePositive(double value, std::string_view field, double maxValue);
// value must be finite and in [0, maxValue].
Result<double> requireNonNegative(double value, std::string_view field, double maxValue);
// value must be finite and in [minValue, maxValue].
Result<double> requireInRange(double value, std::string_view field, double minValue, double maxValue);
// value must be in [minValue, maxValue].
Result<int> requireIntInRange(long long value, std::string_view field, long long minValue, long long maxValue);

} // namespace localrig::core
