// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig import-model FILE [--name N] [--quant Q] [--context N] [--no-workload] [--json]`: reads a GGUF
// header or a Hugging Face config.json (as `inspect` does) and saves the model in the user's catalog, sized
// like the file and offered as a Plan workload; the same rows as "Add Model from GGUF File…".
class ImportModelCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportModelCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
