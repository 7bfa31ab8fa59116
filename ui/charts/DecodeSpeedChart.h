// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QChart;

namespace localrig::ui {

// A fast reader's pace: about 300 words a minute (Brysbaert 2019 puts the average silent reading of
// non-fiction at 238) at about 1.3 tokens per English word is 6.5 tokens/s, the verdicts' reading speed
// (core/BuyerVerdict.h). A reply decoding faster than this is never waited on while reading.
inline constexpr double kComfortableReadingTokensPerSecond = core::VerdictThresholds{}.readingTps;

// Decode tokens/s per model (one bar set each) per machine (categories), the expected value as the bar and
// the core's low–high band as an error bar, with the comfortable reading speed as a labelled line.
class DecodeSpeedChart
{
    Q_DECLARE_TR_FUNCTIONS(DecodeSpeedChart)

public:
    static std::unique_ptr<QChart> build(const std::vector<core::PlatformAssessment>& machines,
                                         const std::vector<core::ModelNeed>& models, const ChartStyle& style);
    static QString bandSeriesName() { return QStringLiteral("speedBand"); }
    static QString readingSeriesName() { return QStringLiteral("readingSpeedLine"); }
    // The verdicts' minimum (core::VerdictThresholds::minDecodeTps): under it a machine is "Slow".
    static QString minimumSeriesName() { return QStringLiteral("minimumSpeedLine"); }
    // Bar width of the series, as a share of a category; the band's x positions depend on it.
    static constexpr double kBarWidth = 0.8;
    // Centre of bar `set` (of `sets`) in category `category`, as Qt Charts lays out a QBarSeries.
    static double barCentre(int category, int set, int sets);
};

} // namespace localrig::ui
