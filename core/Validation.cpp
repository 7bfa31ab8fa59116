// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <cmath>
#include <sstream>

namespace localrig::core {

namespace {

std::string describe(std::string_view field, double value, std::string_view expectation)
{
    std::ostringstream out;
    out << field << " is " << value << "; " << expectation;
    return out.str();
}

} // namespace

Result<double> requireInRange(double value, std::string_view field, double minValue, double maxValue)
{
    if (!std::isfinite(value)) {
        return makeError(ErrorCode::InvalidInput, std::string(field) + " must be a finite number");
    }
    if (value < minValue || value > maxValue) {
        std::ostringstream expectation;
        expectation << "expected " << minValue << " to " << maxValue;
        return makeError(ErrorCode::OutOfRange, describe(field, value, expectation.str()));
    }
    return value;
}

Result<double> requirePositive(double value, std::string_view field, double maxValue)
{
    if (!std::isfinite(value)) {
        return makeError(ErrorCode::InvalidInput, std::string(field) + " must be a finite number");
    }
    if (value <= 0.0) {
        return makeError(ErrorCode::OutOfRange, describe(field, value, "expected a value above zero"));
    }
    if (value > maxValue) {
        std::ostringstream expectation;
        expectation << "expected at most " << maxValue;
        return makeError(ErrorCode::OutOfRange, describe(field, value, expectation.str()));
    }
    return value;
}

Result<double> requireNonNegative(double value, std::string_view field, double maxValue)
{
    return requireInRange(value, field, 0.0, maxValue);
}

Result<int> requireIntInRange(long long value, std::string_view field, long long minValue, long long maxValue)
{
    if (value < minValue || value > maxValue) {
        std::ostringstream out;
        out << field << " is " << value << "; expected " << minValue << " to " << maxValue;
        return makeError(ErrorCode::OutOfRange, out.str());
    }
    return static_cast<int>(value);
}

} // namespace localrig::core
