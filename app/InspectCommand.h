// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig inspect FILE.gguf|config.json [--json]`: what a model file says about the model, read from
// the GGUF header (never the tensor data) or a Hugging Face config.json.
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
