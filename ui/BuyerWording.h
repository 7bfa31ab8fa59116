// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace localrig::ui {

// The buyer's answer in words: verdicts, the one reason per row, complete-system prices, speed as it will
// feel and the break-even, through tr() and QLocale.
class BuyerWording
{
    Q_DECLARE_TR_FUNCTIONS(BuyerWording)

public:
    static QString verdict(core::BuyerVerdict verdict);
    static QColor verdictColor(core::BuyerVerdict verdict, bool darkPalette);
    // The row's reason, short enough for a table cell ("under 10 tokens/s when 128K fills", "over budget").
    static QString rowReason(const core::PlatformAssessment& assessment);
    // Sentences for the reason codes the buyer's answer added (Wording::reason handles the older ones).
    static std::optional<QString> reason(const core::Reason& reason);
    // What the buyer pays: "$2,399", or "$1,999 + PC ≈ $3,550" for a card; "no price" when unknown.
    static QString systemPrice(const core::PlatformAssessment& assessment, bool guideOnly);
    static QString breakEven(const core::PlatformAssessment& assessment);
    // "76 → 22 tokens/s" (start of a session → every session at full context).
    static QString speedRange(const core::ModelOnPlatform& model);
    // The same without the unit, for a table whose header states it.
    static QString speedRangeNumbers(const core::ModelOnPlatform& m);
    // "76 → 22 tokens/s as 2 × 128K fill", for the card and the PDF.
    static QString speedAsItFeels(const core::ModelOnPlatform& model);
    static QString firstToken(const core::ModelOnPlatform& model);
    // The workload whose speed limits the machine: the slowest at full context (nullptr when none runs).
    static const core::ModelOnPlatform* limitingModel(const core::PlatformAssessment& assessment);
    static QString seconds(double value);
    // The four verdicts' lines and the reason for each, as rich text (Preferences, the report's assumptions).
    static QString thresholdsText();
};

} // namespace localrig::ui
