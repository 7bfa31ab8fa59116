// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calibration.h"

#include <optional>
#include <string>
#include <vector>

// Leave-one-hardware-out cross-validation, error summaries and the bands that ship with the constants.
namespace localrig::core {

// One decode row predicted by models that never saw its hardware.
struct CrossValidatedDecode
{
    int line = 0;
    std::string hardwareKey;
    std::string label;
    BackendFamily family = BackendFamily::Cuda;
    bool moe = false;
    double measured = 0.0;
    double predicted = 0.0; // the full structure, refitted without this hardware
    double globalConstant = 0.0; // one efficiency, refitted without this hardware
    double naive = 0.0; // bandwidth / file size
    double inSample = 0.0; // the shipped fit (training error, for the residual listing)
};

struct CrossValidatedPrefill
{
    int line = 0;
    std::string hardwareKey;
    BackendFamily family = BackendFamily::Cuda;
    double measured = 0.0;
    std::optional<double> predicted; // none when no other hardware of the family has FLOPS and a pp figure
    double inSample = 0.0;
};

struct ErrorSummary
{
    int rows = 0;
    double medianApe = 0.0; // median of |predicted - measured| / measured
    double p90Ape = 0.0; // its 90th percentile
};

double absolutePercentageError(double predicted, double measured);
ErrorSummary summarise(const std::vector<double>& absolutePercentageErrors);

struct BandRatios
{
    double low = 1.0;
    double high = 1.0;
    bool pooled = false; // true: too few rows of its own, taken from all rows and widened
};

// 10th/90th percentile of measured/predicted. Fewer than minRows: the pooled percentiles, stretched in log
// space by sqrt(minRows / max(rows, 1)), widened further to the cell's own percentiles if those are wider.
// The band always contains 1 (the expected value).
BandRatios bandFromRatios(const std::vector<double>& cellRatios, const std::vector<double>& pooledRatios,
                          int minRows = 10);

struct CalibrationResult
{
    int measurementRows = 0;
    CalibrationSamples samples;
    DecodeModel decode;
    DecodeModel globalDecode;
    PrefillModel prefill;
    std::vector<CrossValidatedDecode> decodeRows;
    std::vector<CrossValidatedPrefill> prefillRows;
    SpeedCalibration calibration; // fitted values with cross-validated bands, ready for estimateSpeed()
};

// Fits on every row, cross-validates by leaving each hardware out, and derives the bands.
Result<CalibrationResult> calibrate(const std::vector<Measurement>& rows, const ReferenceTables& tables,
                                    const DecodeFitOptions& options = {});

} // namespace localrig::core
