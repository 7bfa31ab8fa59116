// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SpeedCalibration.h"

#include <string>
#include <string_view>

// The reviewable constants file, core/calibration/speed-calibration.csv: '#' lines carry the provenance,
// then one CSV line per fitted entry with its row count.
namespace localrig::core {

struct CalibrationProvenance
{
    std::string data; // e.g. "measured-public.csv (46 rows; 43 decode, 7 prefill used)"
    std::string dataDate; // date of the data file
    std::string command; // the command line that wrote the file
};

std::string writeCalibrationCsv(const SpeedCalibration& calibration, const CalibrationProvenance& provenance);
Result<SpeedCalibration> parseCalibrationCsv(std::string_view text);

// Fixed-point text for files and reports ("%.*f"), independent of the C locale's decimal point.
std::string formatFixed(double value, int decimals);

} // namespace localrig::core
