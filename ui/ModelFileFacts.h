// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gguf/ModelFileReport.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace localrig::ui {

// What a model file's header said, as label/value rows for the review before "Add model from file"
// saves it: architecture, parameters, layers, KV layout, window, experts, context, quantization mix and
// the exact weight bytes. Rows the file says nothing about are left out.
class ModelFileFacts
{
    Q_DECLARE_TR_FUNCTIONS(ModelFileFacts)

public:
    struct Row
    {
        QString label;
        QString value;
    };

    static std::vector<Row> rows(const core::gguf::ModelFileReport& report);
    // "Q4_K 56.6 %, Q6_K 41.3 %, Q8_0 1.3 %, 1 more": the largest shares of the weight bytes.
    static QString quantMix(const core::gguf::ModelFileReport& report, std::size_t shown = 4);
    // 8030261248 -> "8.03 B (8,030,261,248)".
    static QString count(std::uint64_t value);
};

} // namespace localrig::ui
