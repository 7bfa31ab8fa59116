// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace localrig::ui {

class PlanCalculator;

// File -> Export Recommendation as PDF: asks for a file, writes the report with a cancellable
// progress dialog, and says what happened.
void exportRecommendationPdf(QWidget* parent, const PlanCalculator& calculator);

} // namespace localrig::ui
