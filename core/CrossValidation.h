// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calibration.h"

#include <optional>
#include <string>
#include <vector>

// Cross-validation that leaves out whole hardware and whole model families, error summaries, held-out band
// coverage, and the bands that ship with the constants.
namespace localrig::core {

// How a fold is chosen: every row of one hardware, or every row of one model family, is left out together.
enum class Holdout { Hardware, ModelFamily };

// One decode row predicted by models that never saw its hardware (or its model family).
struct CrossValidatedDecode
{
    int line = 0;
    std::string hardwareKey;
    std::string modelFamily;
    std::string label;
    BackendFamily family = BackendFamily::Cuda;
    bool moe = false;
    double measured = 0.0;
    double predicted = 0.0; // the chosen form, refitted without this hardware
    double globalConstant = 0.0; // one efficiency, refitted without this hardware
    double predictedByFamily = 0.0; // the chosen form, refitted without this model family
    double globalByFamily = 0.0; // one efficiency, refitted without this model family
    double naive = 0.0; // bandwidth / file size
    double inSample = 0.0; // the shipped fit (training error, for the residual listing)
    int depth = 0; // KV depth of the measurement, tokens
    double bandwidthGBs = 0.0; // per device
    bool multiGpu = false;
    bool expertOffload = false; // --n-cpu-moe rows: validation only (CalibrationResult::offloadRows)

    double predictedFor(Holdout h) const { return h == Holdout::Hardware ? predicted : predictedByFamily; }
    double globalFor(Holdout h) const { return h == Holdout::Hardware ? globalConstant : globalByFamily; }
    const std::string& groupFor(Holdout h) const { return h == Holdout::Hardware ? hardwareKey : modelFamily; }
};

struct CrossValidatedPrefill
{
    int line = 0;
    std::string hardwareKey;
    std::string modelFamily;
    std::string label;
    BackendFamily family = BackendFamily::Cuda;
    double measured = 0.0;
    std::optional<double> predicted; // leave-one-hardware-out
    std::optional<double> predictedByFamily; // leave-one-model-family-out
    double inSample = 0.0;
    bool multiGpu = false; // layer split over several cards (reported as a group of its own)

    std::optional<double> predictedFor(Holdout h) const
    {
        return h == Holdout::Hardware ? predicted : predictedByFamily;
    }
    const std::string& groupFor(Holdout h) const { return h == Holdout::Hardware ? hardwareKey : modelFamily; }
};

struct ErrorSummary
{
    int rows = 0;
    double medianApe = 0.0; // median of |predicted - measured| / measured
    double p90Ape = 0.0; // its 90th percentile
    double coverage = 0.0; // share of rows inside a band built without their group (when computed)
};

double absolutePercentageError(double predicted, double measured);
ErrorSummary summarise(const std::vector<double>& absolutePercentageErrors);

struct BandRatios
{
    double low = 1.0;
    double high = 1.0;
    bool pooled = false; // true: too few rows of its own, taken from all rows and widened
};

// The tail-th and (1 - tail)-th percentiles of measured/predicted (10th/90th by default). Fewer than minRows: the
// pooled percentiles, stretched in log space by sqrt(minRows / max(rows, 1)), widened further to the cell's own
// percentiles if those are wider. The band always contains 1 (the expected value).
BandRatios bandFromRatios(const std::vector<double>& cellRatios, const std::vector<double>& pooledRatios,
                          int minRows = 10, double tail = 0.1);

// Per row: does measured / predicted lie inside the band bandFromRatios() builds from the rows of other groups
// only (other hardware, or other model families) of its cell (backend family x dense/MoE) and of all cells?
// The share of true is the coverage a buyer can expect on new hardware. `globalConstant`: score the baseline.
std::vector<bool> insideHeldOutBand(const std::vector<CrossValidatedDecode>& rows, Holdout holdout,
                                    bool globalConstant = false);
// Prefill rows without a prediction count as outside.
std::vector<bool> insideHeldOutBand(const std::vector<CrossValidatedPrefill>& rows, Holdout holdout);
double shareTrue(const std::vector<bool>& flags, const std::vector<bool>& selected);

// A candidate decode form scored by both kinds of cross-validation.
struct FormScore
{
    DecodeForm form;
    int freeParameters = 0;
    ErrorSummary byHardware;
    ErrorSummary byFamily;
};

Result<std::vector<FormScore>> compareForms(const std::vector<DecodeSample>& samples,
                                            const std::vector<DecodeForm>& forms, const DecodeFitOptions& options = {});

struct CalibrationResult
{
    int measurementRows = 0;
    CalibrationSamples samples;
    DecodeModel decode;
    DecodeModel globalDecode;
    PrefillModel prefill;
    std::vector<CrossValidatedDecode> decodeRows; // every fitted row
    std::vector<CrossValidatedDecode> offloadRows; // expert-offload rows, predicted but never fitted (issue 17)
    std::vector<CrossValidatedPrefill> prefillRows;
    SpeedCalibration calibration; // fitted values with cross-validated bands, ready for estimateSpeed()
};

// Moves the expert-offload rows out of `rows` (so bands and groups are built from fitted rows only).
std::vector<CrossValidatedDecode> takeOffloadRows(std::vector<CrossValidatedDecode>& rows);

// Fits on every row, cross-validates by leaving each hardware and each model family out, and derives the bands.
Result<CalibrationResult> calibrate(const std::vector<Measurement>& rows, const ReferenceTables& tables,
                                    const DecodeFitOptions& options = {});

} // namespace localrig::core
