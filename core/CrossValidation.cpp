// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrossValidation.h"

#include "Statistics.h"
#include "Units.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace localrig::core {

namespace {

constexpr std::array<BackendFamily, kBackendFamilyCount> kFamilies{BackendFamily::Metal, BackendFamily::Cuda,
                                                                   BackendFamily::RocmVulkan, BackendFamily::Cpu};
constexpr double kHighPercentile = 0.9; // the p90 of the error summaries
constexpr int kBandMinRows = 10;
// Bands: 8th-92nd percentile of other groups' held-out ratios; 10-90 held only 72 % of a left-out family's rows (they
// share errors), 8-92 holds 80.7 % leaving out hardware and 80.7 % leaving out families (issue 16, `validate`).
constexpr double kBandTail = 0.08;

template <class Sample>
const std::string& groupOf(const Sample& s, Holdout holdout)
{
    return holdout == Holdout::Hardware ? s.hardwareKey : s.modelFamily;
}

template <class Sample>
std::vector<Sample> without(const std::vector<Sample>& samples, Holdout holdout, const std::string& group)
{
    std::vector<Sample> kept;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(kept),
                 [&](const Sample& s) { return groupOf(s, holdout) != group; });
    return kept;
}

template <class Sample>
std::set<std::string> groupsOf(const std::vector<Sample>& samples, Holdout holdout)
{
    std::set<std::string> keys;
    for (const Sample& s : samples) {
        keys.insert(groupOf(s, holdout));
    }
    return keys;
}

// Predictions for every sample by a model fitted without the sample's group, in the samples' order.
Result<std::vector<double>> crossPredict(const std::vector<DecodeSample>& samples, Holdout holdout,
                                         const DecodeFitOptions& options)
{
    // A row stays NaN when its group is the only one (nothing left to fit on); summaries skip it.
    std::vector<double> out(samples.size(), std::numeric_limits<double>::quiet_NaN());
    for (const std::string& group : groupsOf(samples, holdout)) {
        const std::vector<DecodeSample> training = without(samples, holdout, group);
        if (training.empty()) {
            continue;
        }
        BOOST_OUTCOME_TRY(model, fitDecode(training, options));
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (groupOf(samples[i], holdout) == group) {
                out[i] = predictDecodeTps(model, samples[i]);
            }
        }
    }
    return out;
}

Result<std::vector<CrossValidatedDecode>> crossValidateDecode(const std::vector<DecodeSample>& samples,
                                                              const DecodeModel& shipped,
                                                              const DecodeFitOptions& options)
{
    DecodeFitOptions globalOptions = options;
    globalOptions.form = DecodeForm::globalConstant();
    BOOST_OUTCOME_TRY(byHardware, crossPredict(samples, Holdout::Hardware, options));
    BOOST_OUTCOME_TRY(globalByHardware, crossPredict(samples, Holdout::Hardware, globalOptions));
    BOOST_OUTCOME_TRY(byFamily, crossPredict(samples, Holdout::ModelFamily, options));
    BOOST_OUTCOME_TRY(globalByFamily, crossPredict(samples, Holdout::ModelFamily, globalOptions));
    std::vector<CrossValidatedDecode> out;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const DecodeSample& s = samples[i];
        out.push_back(CrossValidatedDecode{s.line, s.hardwareKey, s.modelFamily, s.label, s.family, s.moe,
                                           s.measuredTps, byHardware[i], globalByHardware[i], byFamily[i],
                                           globalByFamily[i], naiveDecodeTps(s), predictDecodeTps(shipped, s), s.depth,
                                           s.bandwidthBytes / kBytesPerGB, s.multiGpu});
        out.back().expertOffload = s.expertOffload;
    }
    return out;
}

std::vector<CrossValidatedPrefill> crossValidatePrefill(const std::vector<PrefillSample>& samples,
                                                        const PrefillModel& shipped)
{
    std::vector<CrossValidatedPrefill> out;
    out.reserve(samples.size());
    for (const PrefillSample& s : samples) {
        out.push_back(CrossValidatedPrefill{s.line, s.hardwareKey, s.modelFamily, s.label, s.family, s.measuredTps,
                                            std::nullopt, std::nullopt, predictPrefillTps(shipped, s).value_or(0.0),
                                            s.multiGpu});
    }
    for (Holdout holdout : {Holdout::Hardware, Holdout::ModelFamily}) {
        for (const std::string& group : groupsOf(samples, holdout)) {
            const PrefillModel model = fitPrefill(without(samples, holdout, group));
            for (std::size_t i = 0; i < samples.size(); ++i) {
                if (groupOf(samples[i], holdout) == group) {
                    (holdout == Holdout::Hardware ? out[i].predicted : out[i].predictedByFamily)
                        = predictPrefillTps(model, samples[i]);
                }
            }
        }
    }
    return out;
}

std::optional<double> finite(std::optional<double> value)
{
    return value && std::isfinite(*value) ? value : std::nullopt;
}

// Per row, inside the band of its cell built from the other groups' rows (and all of theirs)?
template <class Row, class Cell, class Ratio>
std::vector<bool> insideOf(const std::vector<Row>& rows, Holdout holdout, Cell sameCell, Ratio ratio)
{
    std::vector<bool> out;
    for (const Row& row : rows) {
        const std::optional<double> own = finite(ratio(row));
        std::vector<double> cell;
        std::vector<double> pooled;
        for (const Row& other : rows) {
            const std::optional<double> r = finite(ratio(other));
            if (r && other.groupFor(holdout) != row.groupFor(holdout)) {
                pooled.push_back(*r);
                if (sameCell(row, other)) {
                    cell.push_back(*r);
                }
            }
        }
        const BandRatios band = bandFromRatios(cell, pooled, kBandMinRows, kBandTail);
        out.push_back(own && *own >= band.low && *own <= band.high);
    }
    return out;
}

SpeedCalibration assemble(const CalibrationResult& r)
{
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    std::vector<double> pooled;
    for (const CrossValidatedDecode& row : r.decodeRows) {
        if (std::isfinite(row.predicted)) {
            pooled.push_back(row.measured / row.predicted);
        }
    }
    for (BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            std::vector<double> cell;
            for (const CrossValidatedDecode& row : r.decodeRows) {
                if (row.family == family && row.moe == moe && std::isfinite(row.predicted)) {
                    cell.push_back(row.measured / row.predicted);
                }
            }
            const BandRatios band = bandFromRatios(cell, pooled, kBandMinRows, kBandTail);
            const int rows = r.decode.rows[static_cast<std::size_t>(family)][moe ? 1 : 0];
            // A CPU has nothing in common with the GPU cells, so without rows it keeps the sizing default.
            const bool keepDefault = family == BackendFamily::Cpu && r.decode.backendRows[3] == 0;
            DecodeCalibration d = calibration.decode(Backend::Cpu, moe);
            if (!keepDefault) {
                r.decode.applyTo(d, family, moe);
            }
            d.lowRatio = band.low;
            d.highRatio = band.high;
            d.rows = rows;
            calibration.setDecode(family, moe, d);
        }
    }
    for (std::size_t k = 0; k < kQuantKernelCount; ++k) {
        const auto kernel = static_cast<QuantKernel>(k);
        calibration.setKernelFactor(kernel, r.decode.kernelFactor(kernel), r.decode.kernelRows[k]);
    }
    std::vector<double> pooledPrefill;
    for (const CrossValidatedPrefill& row : r.prefillRows) {
        if (row.predicted) {
            pooledPrefill.push_back(row.measured / *row.predicted);
        }
    }
    for (BackendFamily family : kFamilies) {
        const auto f = static_cast<std::size_t>(family);
        if (r.prefill.totalRows == 0 || (family == BackendFamily::Cpu && r.prefill.rows[f] == 0)) {
            continue; // nothing measured (or a CPU, unlike every GPU): the uncalibrated default stays
        }
        std::vector<double> cell;
        for (const CrossValidatedPrefill& row : r.prefillRows) {
            if (row.family == family && row.predicted) {
                cell.push_back(row.measured / *row.predicted);
            }
        }
        // A family without rows borrows every row's spread, stretched (bandFromRatios).
        const BandRatios band
            = bandFromRatios(cell, pooledPrefill.empty() ? cell : pooledPrefill, kBandMinRows, kBandTail);
        calibration.setPrefill(family,
                               PrefillCalibration{std::exp(r.prefill.logEfficiency[f]), band.low, band.high,
                                                  r.prefill.rows[f], std::exp(r.prefill.logMoe),
                                                  r.prefill.familyAttentionFactor[f], r.prefill.streamWeights});
    }
    return calibration;
}

} // namespace

double absolutePercentageError(double predicted, double measured)
{
    return std::abs(predicted - measured) / measured;
}

ErrorSummary summarise(const std::vector<double>& absolutePercentageErrors)
{
    std::vector<double> errors; // rows no fold could predict (NaN) are not counted
    std::copy_if(absolutePercentageErrors.begin(), absolutePercentageErrors.end(), std::back_inserter(errors),
                 [](double e) { return std::isfinite(e); });
    return ErrorSummary{static_cast<int>(errors.size()), median(errors), percentile(errors, kHighPercentile), 0.0};
}

BandRatios bandFromRatios(const std::vector<double>& cellRatios, const std::vector<double>& pooledRatios, int minRows,
                          double tail)
{
    const double lowP = tail;
    const double highP = 1.0 - tail;
    BandRatios band;
    const int rows = static_cast<int>(cellRatios.size());
    if (rows >= minRows) {
        // Enough rows: the cell's own percentiles, shrunk in log space toward every row's with weight
        // rows / (rows + minRows) (a cell's few hardware can agree by chance; new hardware is judged by all).
        band.low = percentile(cellRatios, lowP);
        band.high = percentile(cellRatios, highP);
        if (!pooledRatios.empty()) {
            const double w = static_cast<double>(rows) / (rows + minRows);
            band.low = std::exp(w * std::log(band.low) + (1.0 - w) * std::log(percentile(pooledRatios, lowP)));
            band.high = std::exp(w * std::log(band.high) + (1.0 - w) * std::log(percentile(pooledRatios, highP)));
        }
    } else if (!pooledRatios.empty()) {
        // Thin data: borrow every row's spread and stretch it, more the fewer rows the cell has.
        const double stretch = std::sqrt(static_cast<double>(minRows) / std::max(rows, 1));
        band.low = std::exp(std::log(percentile(pooledRatios, lowP)) * stretch);
        band.high = std::exp(std::log(percentile(pooledRatios, highP)) * stretch);
        band.pooled = true;
        if (!cellRatios.empty()) {
            // ...but never narrower than what the cell's own rows show.
            band.low = std::min(band.low, percentile(cellRatios, lowP));
            band.high = std::max(band.high, percentile(cellRatios, highP));
        }
    }
    band.low = std::min(band.low, 1.0);
    band.high = std::max(band.high, 1.0);
    return band;
}

std::vector<bool> insideHeldOutBand(const std::vector<CrossValidatedDecode>& rows, Holdout holdout, bool globalConstant)
{
    return insideOf(
        rows, holdout, [](const auto& a, const auto& b) { return a.family == b.family && a.moe == b.moe; },
        [holdout, globalConstant](const CrossValidatedDecode& r) {
            return std::optional<double>(r.measured
                                         / (globalConstant ? r.globalFor(holdout) : r.predictedFor(holdout)));
        });
}

std::vector<bool> insideHeldOutBand(const std::vector<CrossValidatedPrefill>& rows, Holdout holdout)
{
    return insideOf(
        rows, holdout, [](const auto& a, const auto& b) { return a.family == b.family; },
        [holdout](const CrossValidatedPrefill& r) {
            const std::optional<double> p = r.predictedFor(holdout);
            return p ? std::optional<double>(r.measured / *p) : std::nullopt;
        });
}

Result<std::vector<FormScore>> compareForms(const std::vector<DecodeSample>& samples,
                                            const std::vector<DecodeForm>& forms, const DecodeFitOptions& options)
{
    std::vector<FormScore> out;
    for (const DecodeForm& form : forms) {
        DecodeFitOptions formOptions = options;
        formOptions.form = form;
        BOOST_OUTCOME_TRY(all, fitDecode(samples, formOptions));
        FormScore score{form, 1, {}, {}};
        // Free parameters: global eta, the overhead, KV, compute and lambda terms, and one per group with rows.
        for (bool term : {form.perLayerTime, form.fixedTime, form.kvFactor, form.computeFactor > 0.0,
                          form.moeEffect && all.moeRows > 0, form.linearBlockFactor}) {
            score.freeParameters += term ? 1 : 0;
        }
        for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
            score.freeParameters += form.backendEffects && all.backendRows[f] > 0 ? 1 : 0;
            score.freeParameters += form.cellEffects ? (all.rows[f][0] > 0 ? 1 : 0) + (all.rows[f][1] > 0 ? 1 : 0) : 0;
        }
        for (std::size_t k = 0; k < kQuantKernelCount; ++k) {
            const bool reference = k == static_cast<std::size_t>(QuantKernel::KQuant);
            score.freeParameters += form.kernelEffects && !reference && all.kernelRows[k] > 0 ? 1 : 0;
        }
        for (Holdout holdout : {Holdout::Hardware, Holdout::ModelFamily}) {
            BOOST_OUTCOME_TRY(predicted, crossPredict(samples, holdout, formOptions));
            std::vector<double> errors;
            std::vector<CrossValidatedDecode> rows;
            for (std::size_t i = 0; i < samples.size(); ++i) {
                if (samples[i].expertOffload) {
                    continue; // validation-only rows do not choose the form
                }
                errors.push_back(absolutePercentageError(predicted[i], samples[i].measuredTps));
                CrossValidatedDecode row;
                row.hardwareKey = samples[i].hardwareKey;
                row.modelFamily = samples[i].modelFamily;
                row.family = samples[i].family;
                row.moe = samples[i].moe;
                row.measured = samples[i].measuredTps;
                row.predicted = row.predictedByFamily = predicted[i];
                rows.push_back(row);
            }
            ErrorSummary summary = summarise(errors);
            summary.coverage = shareTrue(insideHeldOutBand(rows, holdout), std::vector<bool>(rows.size(), true));
            (holdout == Holdout::Hardware ? score.byHardware : score.byFamily) = summary;
        }
        out.push_back(score);
    }
    return out;
}

Result<CalibrationResult> calibrate(const std::vector<Measurement>& rows, const ReferenceTables& tables,
                                    const DecodeFitOptions& options)
{
    CalibrationResult result;
    result.measurementRows = static_cast<int>(rows.size());
    result.samples = samplesFrom(rows, tables);
    BOOST_OUTCOME_TRY(decode, fitDecode(result.samples.decode, options));
    DecodeFitOptions globalOptions = options;
    globalOptions.form = DecodeForm::globalConstant();
    BOOST_OUTCOME_TRY(global, fitDecode(result.samples.decode, globalOptions));
    result.decode = decode;
    result.globalDecode = global;
    result.prefill = fitPrefill(result.samples.prefill);
    BOOST_OUTCOME_TRY(cv, crossValidateDecode(result.samples.decode, result.decode, options));
    result.decodeRows = std::move(cv);
    result.offloadRows = takeOffloadRows(result.decodeRows);
    result.prefillRows = crossValidatePrefill(result.samples.prefill, result.prefill);
    result.calibration = assemble(result);
    return result;
}

} // namespace localrig::core
