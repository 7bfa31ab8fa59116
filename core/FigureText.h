// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>

namespace localrig::core {

// A figure for the core's English texts (CLI, JSON "text" fields): three significant digits, whole numbers
// from 100 up, so a 131,072-token context never reads "1.31e+05".
inline std::string figure(double value)
{
    std::ostringstream out;
    if (std::abs(value) >= 100.0) {
        out << std::fixed << std::setprecision(0) << value;
    } else {
        out << std::setprecision(3) << value;
    }
    return out.str();
}

} // namespace localrig::core
