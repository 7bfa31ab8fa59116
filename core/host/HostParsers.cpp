// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostParsers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <utility>

namespace localrig::core::host {

namespace {

constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = kKiB * kKiB;
constexpr std::size_t kMaxNameLength = 200;

std::string_view trim(std::string_view text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// Calls `line` for every line of `text`, without the line break.
template <class Fn>
void forEachLine(std::string_view text, Fn line)
{
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        line(text.substr(0, end));
        if (end == std::string_view::npos) {
            break;
        }
        text.remove_prefix(end + 1);
    }
}

// "key<tabs> : value" -> {key, value}; nullopt when the line has no colon.
std::optional<std::pair<std::string_view, std::string_view>> keyValue(std::string_view line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    return std::make_pair(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
}

template <class T>
std::optional<T> parseNumber(std::string_view text, int base = 10)
{
    text = trim(text);
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

void eraseAll(std::string& text, std::string_view what)
{
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what)) {
        text.erase(at, what.size());
    }
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

std::optional<std::uint64_t> parseMemTotal(std::string_view meminfo)
{
    std::optional<std::uint64_t> bytes;
    forEachLine(meminfo, [&](std::string_view line) {
        const auto pair = keyValue(line);
        if (bytes || !pair || pair->first != "MemTotal") {
            return;
        }
        std::string_view value = pair->second;
        if (endsWith(value, "kB")) {
            value.remove_suffix(2);
        }
        const auto kib = parseNumber<std::uint64_t>(value);
        if (kib && *kib > 0 && *kib < (std::uint64_t(1) << 44)) { // below 16 EiB in bytes
            bytes = *kib * kKiB;
        }
    });
    return bytes;
}

std::string tidyCpuName(std::string_view name)
{
    std::string text(trim(name.substr(0, std::min(name.size(), kMaxNameLength))));
    for (std::string_view mark : {"(R)", "(r)", "(TM)", "(tm)"}) {
        eraseAll(text, mark);
    }
    for (std::string_view tail : {" CPU @", " @ "}) {
        if (const std::size_t at = text.find(tail); at != std::string::npos) {
            text.erase(at);
        }
    }
    if (const std::size_t at = text.find(" CPU "); at != std::string::npos) { // "Xeon CPU E5-2680"
        text.erase(at, 4);
    }
    // "16-Core Processor", "w/ Radeon 8060S Graphics", a trailing "Processor" or "CPU" say nothing new.
    if (const std::size_t at = text.find(" w/ "); at != std::string::npos) {
        text.erase(at);
    }
    for (std::string_view tail : {" Processor", " CPU"}) {
        if (endsWith(text, tail)) {
            text.erase(text.size() - tail.size());
        }
    }
    if (endsWith(text, "-Core")) {
        const std::size_t space = text.rfind(' ');
        text.erase(space == std::string::npos ? 0 : space);
    }
    std::string tidy;
    for (const char c : text) { // collapse runs of spaces left by the removals
        if (!(c == ' ' && (tidy.empty() || tidy.back() == ' '))) {
            tidy += c;
        }
    }
    return std::string(trim(tidy));
}

CpuInfo parseCpuInfo(std::string_view cpuinfo)
{
    CpuInfo cpu;
    std::set<std::pair<std::string, std::string>> cores; // (physical id, core id)
    std::set<std::string> packages;
    int coresPerPackage = 0;
    std::string physicalId;
    forEachLine(cpuinfo, [&](std::string_view line) {
        const auto pair = keyValue(line);
        if (!pair) {
            return;
        }
        const auto [key, value] = *pair;
        if (key == "processor") {
            ++cpu.logicalCpus;
        } else if (key == "model name" && cpu.model.empty()) {
            cpu.model = tidyCpuName(value);
        } else if (key == "vendor_id" && cpu.vendor.empty()) {
            cpu.vendor = value == "GenuineIntel" ? "Intel" : (value == "AuthenticAMD" ? "AMD" : std::string(value));
        } else if (key == "physical id") {
            physicalId = std::string(value);
            packages.insert(physicalId);
        } else if (key == "core id") {
            cores.insert({physicalId, std::string(value)});
        } else if (key == "cpu cores") {
            coresPerPackage = std::max(coresPerPackage, parseNumber<int>(value).value_or(0));
        }
    });
    if (!cores.empty()) {
        cpu.physicalCores = static_cast<int>(cores.size());
    } else if (coresPerPackage > 0) {
        cpu.physicalCores = coresPerPackage * std::max<int>(1, static_cast<int>(packages.size()));
    } else {
        cpu.physicalCores = cpu.logicalCpus;
    }
    return cpu;
}

Result<std::vector<GpuInfo>> parseNvidiaSmi(std::string_view csv)
{
    std::vector<GpuInfo> gpus;
    Result<void> problem = outcome::success();
    forEachLine(csv, [&](std::string_view raw) {
        const std::string_view line = trim(raw);
        if (line.empty() || !problem) {
            return;
        }
        const std::size_t comma = line.rfind(',');
        if (comma == std::string_view::npos || trim(line.substr(0, comma)).empty()) {
            problem = makeError(ErrorCode::InvalidInput,
                                "nvidia-smi printed '" + std::string(line.substr(0, 80)) + "', not 'name, MiB'");
            return;
        }
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Nvidia;
        gpu.name = std::string(trim(line.substr(0, std::min(comma, kMaxNameLength))));
        const auto mib = parseNumber<std::uint64_t>(line.substr(comma + 1));
        gpu.vramBytes = mib && *mib < (std::uint64_t(1) << 30) ? *mib * kMiB : 0; // "[N/A]": unknown
        gpu.source = "nvidia-smi";
        gpus.push_back(std::move(gpu));
    });
    if (!problem) {
        return problem.error();
    }
    return gpus;
}

Result<SysctlValues> parseSysctl(std::string_view output)
{
    std::vector<std::string_view> lines;
    forEachLine(output, [&](std::string_view line) {
        if (!trim(line).empty()) {
            lines.push_back(trim(line));
        }
    });
    if (lines.size() < 2) {
        return makeError(ErrorCode::InvalidInput, "sysctl printed fewer than two values (hw.memsize, brand string)");
    }
    const auto bytes = parseNumber<std::uint64_t>(lines[0]);
    if (!bytes || *bytes == 0) {
        return makeError(ErrorCode::InvalidInput,
                         "hw.memsize '" + std::string(lines[0].substr(0, 40)) + "' is not a number of bytes");
    }
    return SysctlValues{*bytes, tidyCpuName(lines[1])};
}

std::optional<std::uint32_t> parseHexId(std::string_view text)
{
    text = trim(text);
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
    }
    const auto value = parseNumber<std::uint32_t>(text, 16);
    return value && *value <= 0xffff ? value : std::nullopt;
}

GpuVendor gpuVendorFromPci(std::uint32_t vendorId)
{
    switch (vendorId) {
    case 0x10de:
        return GpuVendor::Nvidia;
    case 0x1002:
    case 0x1022:
        return GpuVendor::Amd;
    case 0x8086:
        return GpuVendor::Intel;
    case 0x106b:
        return GpuVendor::Apple;
    default:
        return GpuVendor::Unknown;
    }
}

std::string_view gpuVendorName(GpuVendor vendor)
{
    switch (vendor) {
    case GpuVendor::Nvidia:
        return "NVIDIA";
    case GpuVendor::Amd:
        return "AMD";
    case GpuVendor::Intel:
        return "Intel";
    case GpuVendor::Apple:
        return "Apple";
    case GpuVendor::Unknown:
        break;
    }
    return "";
}

Chassis chassisFromDmi(int type)
{
    switch (type) {
    case 3: // desktop
    case 4: // low-profile desktop
    case 6: // mini tower
    case 7: // tower
    case 13: // all in one
    case 15: // space-saving
        return Chassis::Desktop;
    case 8: // portable
    case 9: // laptop
    case 10: // notebook
    case 14: // sub notebook
    case 30: // tablet
    case 31: // convertible
    case 32: // detachable
        return Chassis::Laptop;
    case 35: // mini PC
    case 36: // stick PC
        return Chassis::Mini;
    case 17: // main server chassis
    case 23: // rack mount chassis
    case 28: // blade
        return Chassis::Server;
    default:
        return Chassis::Unknown;
    }
}

std::optional<std::string> pciDeviceName(std::istream& ids, std::uint32_t vendorId, std::uint32_t deviceId)
{
    bool inVendor = false;
    std::string line;
    while (std::getline(ids, line)) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (line.front() != '\t') { // a vendor line "10de  NVIDIA Corporation", or the class list "C 00 ..."
            inVendor = line.size() > 4 && parseHexId(std::string_view(line).substr(0, 4)) == vendorId;
            continue;
        }
        if (!inVendor || line.size() < 6 || line[1] == '\t') { // subsystem lines start with two tabs
            continue;
        }
        if (parseHexId(std::string_view(line).substr(1, 4)) != deviceId) {
            continue;
        }
        std::string_view name = trim(std::string_view(line).substr(5));
        name = name.substr(0, std::min(name.size(), kMaxNameLength));
        // "AD102 [GeForce RTX 4090]": the bracket holds the marketing name.
        const std::size_t open = name.find('[');
        const std::size_t close = name.rfind(']');
        if (open != std::string_view::npos && close != std::string_view::npos && close > open + 1) {
            return std::string(name.substr(open + 1, close - open - 1));
        }
        return std::string(name);
    }
    return std::nullopt;
}

} // namespace localrig::core::host
