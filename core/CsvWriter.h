// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace localrig::core {

// Writes what CsvReader reads back unchanged: a field is quoted, with "" for a quote inside it, when it
// holds a comma, a quote or a line break.
std::string csvField(std::string_view value);

// The fields joined by commas, ending in LF. The first field is quoted too when the line would otherwise
// read back as blank, as a comment or with a byte-order mark removed.
std::string csvLine(const std::vector<std::string>& fields);

} // namespace localrig::core
