// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrossValidation.h"

#include "Statistics.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace localrig::core {

namespace {

constexpr std::array<BackendFamily, kBackendFamilyCount> kFamilies{BackendFamily::Metal, BackendFamily::Cuda,
                                                                   BackendFamily::RocmVulkan, BackendFamily::Cpu};
constexpr double kLowPercentile = 0.1;
constexpr double kHighPercentile = 0.9;

template <class Sample>
std::vector<Sample> without(const std::vector<Sample>& samples, const std::string& hardware)
{
    std::vector<Sample> kept;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(kept),
                 [&](const Sample& s) { return s.hardwareKey != hardware; });
    return kept;
}

template <class Sample>
std::set<std::string> hardwareOf(const std::vector<Sample>& samples)
{
    std::set<std::string> keys;
    for (const Sample& s : samples) {
        keys.insert(s.hardwareKey);
    }
    return keys;
}

Result<std::vector<CrossValidatedDecode>> crossValidateDecode(const std::vector<DecodeSample>& samples,
                                                              const DecodeModel& shipped,
                                                              const DecodeFitOptions& options)
{
    std::vector<CrossValidatedDecode> out;
    DecodeFitOptions globalOptions = options;
    globalOptions.structure = DecodeStructure::GlobalConstant;
    for (const std::string& hardware : hardwareOf(samples)) {
        const std::vector<DecodeSample> training = without(samples, hardware);
        if (training.empty()) {
            return makeError(ErrorCode::InvalidInput, "leave-one-hardware-out needs rows from two or more hardware");
        }
        BOOST_OUTCOME_TRY(full, fitDecode(training, options));
        BOOST_OUTCOME_TRY(global, fitDecode(training, globalOptions));
        for (const DecodeSample& s : samples) {
            if (s.hardwareKey != hardware) {
                continue;
            }
            out.push_back(CrossValidatedDecode{s.line, s.hardwareKey, s.label, s.family, s.moe, s.measuredTps,
                                               predictDecodeTps(full, s), predictDecodeTps(global, s),
                                               naiveDecodeTps(s), predictDecodeTps(shipped, s)});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return out;
}

std::vector<CrossValidatedPrefill> crossValidatePrefill(const std::vector<PrefillSample>& samples,
                                                        const PrefillModel& shipped)
{
    std::vector<CrossValidatedPrefill> out;
    for (const std::string& hardware : hardwareOf(samples)) {
        const PrefillModel model = fitPrefill(without(samples, hardware));
        for (const PrefillSample& s : samples) {
            if (s.hardwareKey == hardware) {
                out.push_back(CrossValidatedPrefill{s.line, s.hardwareKey, s.family, s.measuredTps,
                                                    predictPrefillTps(model, s),
                                                    predictPrefillTps(shipped, s).value_or(0.0)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return out;
}

SpeedCalibration assemble(const CalibrationResult& r)
{
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    std::vector<double> pooled;
    for (const CrossValidatedDecode& row : r.decodeRows) {
        pooled.push_back(row.measured / row.predicted);
    }
    for (BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            std::vector<double> cell;
            for (const CrossValidatedDecode& row : r.decodeRows) {
                if (row.family == family && row.moe == moe) {
                    cell.push_back(row.measured / row.predicted);
                }
            }
            const BandRatios band = bandFromRatios(cell, pooled);
            const int rows = r.decode.rows[static_cast<std::size_t>(family)][moe ? 1 : 0];
            // A CPU has nothing in common with the GPU cells, so without rows it keeps the sizing default.
            const double efficiency = rows == 0 && family == BackendFamily::Cpu
                ? calibration.decode(Backend::Cpu, moe).efficiency
                : r.decode.efficiency(family, moe);
            calibration.setDecode(family, moe,
                                  DecodeCalibration{efficiency, r.decode.fixedSeconds, band.low, band.high, rows});
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
        if (r.prefill.rows[f] == 0) {
            continue; // no FLOPS sourced for this backend's hardware: the uncalibrated default stays
        }
        std::vector<double> cell;
        for (const CrossValidatedPrefill& row : r.prefillRows) {
            if (row.family == family && row.predicted) {
                cell.push_back(row.measured / *row.predicted);
            }
        }
        const BandRatios band = bandFromRatios(cell, pooledPrefill.empty() ? cell : pooledPrefill);
        calibration.setPrefill(
            family, PrefillCalibration{std::exp(r.prefill.logEfficiency[f]), band.low, band.high, r.prefill.rows[f]});
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
    return ErrorSummary{static_cast<int>(absolutePercentageErrors.size()), median(absolutePercentageErrors),
                        percentile(absolutePercentageErrors, kHighPercentile)};
}

BandRatios bandFromRatios(const std::vector<double>& cellRatios, const std::vector<double>& pooledRatios, int minRows)
{
    BandRatios band;
    const int rows = static_cast<int>(cellRatios.size());
    if (rows >= minRows) {
        band.low = percentile(cellRatios, kLowPercentile);
        band.high = percentile(cellRatios, kHighPercentile);
    } else if (!pooledRatios.empty()) {
        // Thin data: borrow every row's spread and stretch it, more the fewer rows the cell has.
        const double stretch = std::sqrt(static_cast<double>(minRows) / std::max(rows, 1));
        band.low = std::exp(std::log(percentile(pooledRatios, kLowPercentile)) * stretch);
        band.high = std::exp(std::log(percentile(pooledRatios, kHighPercentile)) * stretch);
        band.pooled = true;
        if (!cellRatios.empty()) {
            // ...but never narrower than what the cell's own rows show.
            band.low = std::min(band.low, percentile(cellRatios, kLowPercentile));
            band.high = std::max(band.high, percentile(cellRatios, kHighPercentile));
        }
    }
    band.low = std::min(band.low, 1.0);
    band.high = std::max(band.high, 1.0);
    return band;
}

Result<CalibrationResult> calibrate(const std::vector<Measurement>& rows, const ReferenceTables& tables,
                                    const DecodeFitOptions& options)
{
    CalibrationResult result;
    result.measurementRows = static_cast<int>(rows.size());
    result.samples = samplesFrom(rows, tables);
    BOOST_OUTCOME_TRY(decode, fitDecode(result.samples.decode, options));
    DecodeFitOptions globalOptions = options;
    globalOptions.structure = DecodeStructure::GlobalConstant;
    BOOST_OUTCOME_TRY(global, fitDecode(result.samples.decode, globalOptions));
    result.decode = decode;
    result.globalDecode = global;
    result.prefill = fitPrefill(result.samples.prefill);
    BOOST_OUTCOME_TRY(cv, crossValidateDecode(result.samples.decode, result.decode, options));
    result.decodeRows = std::move(cv);
    result.prefillRows = crossValidatePrefill(result.samples.prefill, result.prefill);
    result.calibration = assemble(result);
    return result;
}

} // namespace localrig::core
