// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

// The reviewable files in core/calibration/, embedded at build time (core/calibration/EmbedCalibration.cmake)
// so the core never opens a file at run time.
namespace localrig::core::embedded {

std::string_view speedCalibrationCsv();
std::string_view modelLayoutsCsv();
std::string_view hardwareFlopsCsv();

} // namespace localrig::core::embedded
