// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "OptionValues.h"
#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/SpeedEstimate.h"
#include "ui/PlanCalculator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace localrig::app {

namespace {

struct GridCount
{
    long long cells = 0;
    long long fitting = 0;
};

// Every model x quantization x platform: memory, verdict and (where it fits) speed, as the Models and
// Hardware pages need after one change of context.
GridCount recomputeGrid(const ui::CatalogData& data, const core::Scenario& scenario,
                        const core::SpeedCalibration& calibration)
{
    GridCount count;
    for (const core::ModelSpec& model : data.models) {
        for (const core::Quantization& quant : data.quants) {
            auto memory = core::estimateMemory(model, quant, scenario, {}, data.measuredFileBytes(model.id, quant.id));
            if (!memory) {
                continue;
            }
            for (const core::Platform& platform : data.platforms) {
                ++count.cells;
                auto fit = core::assessFit(memory.value(), platform, scenario);
                if (!fit || fit.value().verdict == core::FitVerdict::WontFit) {
                    continue;
                }
                const core::SpeedInputs inputs{model, quant, memory.value(), fit.value(), platform, scenario};
                count.fitting += core::estimateSpeed(inputs, calibration).has_value() ? 1 : 0;
            }
        }
    }
    return count;
}

// The median of `runs` timings in microseconds: robust against a busy moment on the machine.
template <class Work>
double medianMicroseconds(int runs, Work&& work)
{
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    std::nth_element(samples.begin(), samples.begin() + runs / 2, samples.end());
    return samples[static_cast<std::size_t>(runs / 2)];
}

// A catalog `factor` times larger: every model and platform repeated with a new id.
ui::CatalogData scaled(const ui::CatalogData& data, int factor)
{
    ui::CatalogData bigger = data;
    bigger.models.clear();
    bigger.platforms.clear();
    for (int copy = 0; copy < factor; ++copy) {
        // Copy 0 keeps the real ids, so the use cases still find their models.
        const std::string suffix = copy == 0 ? std::string() : "#" + std::to_string(copy);
        for (core::ModelSpec model : data.models) {
            model.id += suffix;
            bigger.models.push_back(model);
        }
        for (core::Platform platform : data.platforms) {
            platform.id += suffix;
            bigger.platforms.push_back(platform);
        }
    }
    return bigger;
}

} // namespace

QString BenchCommand::name() const
{
    return QStringLiteral("bench");
}

QString BenchCommand::summary() const
{
    return tr("Time the catalog load and the recalculations the window does on each change.");
}

int BenchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("json"), tr("Print machine-readable JSON.")},
         {QStringLiteral("runs"), tr("Timed repetitions per figure (default 21)."), QStringLiteral("n")}});
    if (!parser.parse(arguments)) {
        err << tr("localrig bench: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    auto runs = integerOr(parser, QStringLiteral("runs"), 21);
    if (!runs || runs.value() < 1 || runs.value() > 10000) {
        err << tr("localrig bench: --runs must be a whole number from 1 to 10000") << Qt::endl;
        return ExitBadArguments;
    }
    const int repetitions = static_cast<int>(runs.value());

    QElapsedTimer loadTimer;
    loadTimer.start();
    auto session = openCatalogSession(err);
    const double loadMs = static_cast<double>(loadTimer.nsecsElapsed()) / 1e6;
    if (!session) {
        err << tr("localrig bench: %1").arg(errorLine(session.error())) << Qt::endl;
        return ExitFailure;
    }
    const ui::CatalogData& data = session.value().data;
    const auto calibration = core::SpeedCalibration::fitted();
    core::Scenario scenario;
    scenario.contextTokens = 32768;

    QJsonObject report{{QStringLiteral("catalog_load_ms"), loadMs}, {QStringLiteral("runs"), repetitions}};
    for (int factor : {1, 10, 100}) {
        const ui::CatalogData catalog = factor == 1 ? data : scaled(data, factor);
        GridCount count;
        // The grid grows with models x machines (the factor squared): fewer timed runs keep the bench short.
        const int gridRuns = std::max(1, repetitions / (factor * factor));
        const double gridUs
            = medianMicroseconds(gridRuns, [&] { count = recomputeGrid(catalog, scenario, calibration); });
        ui::PlanCalculator calculator(catalog);
        ui::PlanInputs inputs;
        inputs.workloads = {QStringLiteral("coding-assistant"), QStringLiteral("math-reasoning")};
        int context = 0;
        const double planUs = medianMicroseconds(repetitions, [&] {
            inputs.contextTokens = (++context % 2) ? 65536 : 131072; // one keystroke's worth of change
            calculator.setInputs(inputs);
        });
        const QString key = QStringLiteral("x%1").arg(factor);
        report.insert(
            key,
            QJsonObject{{QStringLiteral("models"), int(catalog.models.size())},
                        {QStringLiteral("platforms"), int(catalog.platforms.size())},
                        {QStringLiteral("grid_cells"), double(count.cells)},
                        {QStringLiteral("grid_recompute_us"), gridUs},
                        {QStringLiteral("grid_ns_per_cell"), gridUs * 1000.0 / double(std::max(1LL, count.cells))},
                        {QStringLiteral("plan_recompute_us"), planUs}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    out << tr("Catalog load: %1 ms").arg(locale.toString(loadMs, 'f', 1)) << '\n';
    for (int factor : {1, 10, 100}) {
        const QJsonObject row = report.value(QStringLiteral("x%1").arg(factor)).toObject();
        out << tr("%1x catalog (%2 models, %3 machines): every model x quantization x machine (%4 cells) in %5 ms "
                  "(%6 ns a cell); Plan page recalculation %7 ms")
                   .arg(factor)
                   .arg(row.value(QStringLiteral("models")).toInt())
                   .arg(row.value(QStringLiteral("platforms")).toInt())
                   .arg(locale.toString(row.value(QStringLiteral("grid_cells")).toDouble(), 'f', 0),
                        locale.toString(row.value(QStringLiteral("grid_recompute_us")).toDouble() / 1000.0, 'f', 2),
                        locale.toString(row.value(QStringLiteral("grid_ns_per_cell")).toDouble(), 'f', 0),
                        locale.toString(row.value(QStringLiteral("plan_recompute_us")).toDouble() / 1000.0, 'f', 2))
            << '\n';
    }
    return ExitOk;
}

} // namespace localrig::app
