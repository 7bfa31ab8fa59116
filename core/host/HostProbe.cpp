// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProbe.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

namespace localrig::core::host {

namespace {

namespace fs = std::filesystem;

constexpr std::streamsize kMaxProcFile = std::streamsize{8} * 1024 * 1024; // /proc/cpuinfo of 512 CPUs is ~600 KB
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// The file's text, at most kMaxProcFile bytes; nullopt when it cannot be opened.
std::optional<std::string> readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(kMaxProcFile), '\0');
    in.read(text.data(), kMaxProcFile);
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

std::string firstLine(const std::string& text)
{
    const std::string line = text.substr(0, text.find('\n'));
    const std::size_t end = line.find_last_not_of(" \t\r");
    return end == std::string::npos ? std::string() : line.substr(0, end + 1);
}

// A DMI string that names a maker, not a firmware placeholder.
bool meaningful(const std::string& text)
{
    static const std::array<std::string_view, 7> placeholders{
        "",       "To Be Filled By O.E.M.", "System manufacturer", "System Product Name", "Default string",
        "O.E.M.", "Not Applicable"};
    return std::find(placeholders.begin(), placeholders.end(), text) == placeholders.end();
}

std::optional<std::string> pciName(const fs::path& root, std::uint32_t vendor, std::uint32_t device)
{
    for (const char* file : {"usr/share/misc/pci.ids", "usr/share/hwdata/pci.ids"}) {
        std::ifstream ids(root / file);
        if (ids) {
            return pciDeviceName(ids, vendor, device);
        }
    }
    return std::nullopt;
}

// card0, card1 ...: one per GPU (card0-DP-1 and renderD128 are connectors and render nodes).
std::optional<int> cardNumber(const std::string& name)
{
    if (name.size() < 5 || name.compare(0, 4, "card") != 0 || name.size() > 8) {
        return std::nullopt;
    }
    if (!std::all_of(name.begin() + 4, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    return std::stoi(name.substr(4));
}

std::vector<GpuInfo> readDrmCards(const fs::path& root)
{
    std::vector<std::pair<int, GpuInfo>> cards;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(root / "sys/class/drm", error)) {
        const auto number = cardNumber(entry.path().filename().string());
        if (!number) {
            continue;
        }
        const fs::path device = entry.path() / "device";
        const auto vendor = parseHexId(readText(device / "vendor").value_or(std::string()));
        const auto id = parseHexId(readText(device / "device").value_or(std::string()));
        if (!vendor || !id) {
            continue;
        }
        GpuInfo gpu;
        gpu.vendor = gpuVendorFromPci(*vendor);
        gpu.vendorId = *vendor;
        gpu.deviceId = *id;
        if (const auto name = pciName(root, *vendor, *id)) {
            const std::string_view maker = gpuVendorName(gpu.vendor);
            gpu.name = maker.empty() || name->rfind(maker, 0) == 0 ? *name : std::string(maker) + ' ' + *name;
        }
        const std::string vram = firstLine(readText(device / "mem_info_vram_total").value_or(std::string()));
        if (!vram.empty() && std::all_of(vram.begin(), vram.end(), [](char c) { return c >= '0' && c <= '9'; })
            && vram.size() < 20) {
            gpu.vramBytes = std::stoull(vram);
        }
        gpu.source = "/sys/class/drm/" + entry.path().filename().string();
        cards.emplace_back(*number, std::move(gpu));
    }
    std::sort(cards.begin(), cards.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<GpuInfo> gpus;
    gpus.reserve(cards.size());
    for (auto& card : cards) {
        gpus.push_back(std::move(card.second));
    }
    return gpus;
}

} // namespace

Result<HostInfo> probeLinux(const fs::path& root)
{
    const auto meminfo = readText(root / "proc/meminfo");
    if (!meminfo) {
        return makeError(ErrorCode::Io, "cannot read " + (root / "proc/meminfo").string() + " (is this Linux?)");
    }
    HostInfo host;
    host.os = "Linux";
    const auto total = parseMemTotal(*meminfo);
    if (!total) {
        return makeError(ErrorCode::InvalidInput, "/proc/meminfo has no MemTotal line");
    }
    host.memoryBytes = *total;
    if (const auto cpuinfo = readText(root / "proc/cpuinfo")) {
        host.cpu = parseCpuInfo(*cpuinfo);
    } else {
        host.notes.emplace_back("/proc/cpuinfo cannot be read: the CPU is unknown");
    }
    if (host.cpu.model.empty()) {
        host.notes.emplace_back("/proc/cpuinfo names no CPU model (usual on ARM)");
    }
    host.gpus = readDrmCards(root);
    const fs::path dmi = root / "sys/class/dmi/id";
    const std::string chassis = firstLine(readText(dmi / "chassis_type").value_or(std::string()));
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (!chassis.empty() && chassis.size() < 4 && std::all_of(chassis.begin(), chassis.end(), isDigit)) {
        host.chassis = chassisFromDmi(std::stoi(chassis));
    }
    if (const std::string vendor = firstLine(readText(dmi / "sys_vendor").value_or(std::string()));
        meaningful(vendor)) {
        host.systemVendor = vendor.substr(0, 80);
    }
    if (const std::string product = firstLine(readText(dmi / "product_name").value_or(std::string()));
        meaningful(product)) {
        host.productName = product.substr(0, 80);
    }
    return host;
}

void mergeNvidiaSmi(HostInfo& host, const std::vector<GpuInfo>& fromNvidiaSmi)
{
    if (fromNvidiaSmi.empty()) {
        return;
    }
    std::vector<GpuInfo> gpus;
    std::copy_if(host.gpus.begin(), host.gpus.end(), std::back_inserter(gpus),
                 [](const GpuInfo& gpu) { return gpu.vendor != GpuVendor::Nvidia; });
    gpus.insert(gpus.begin(), fromNvidiaSmi.begin(), fromNvidiaSmi.end());
    host.gpus = std::move(gpus);
}

HostInfo hostFromSysctl(const SysctlValues& values)
{
    HostInfo host;
    host.os = "macOS";
    host.memoryBytes = values.memoryBytes;
    host.cpu.model = values.cpuBrand;
    const bool apple = values.cpuBrand.rfind("Apple", 0) == 0;
    host.cpu.vendor = apple ? "Apple" : (values.cpuBrand.find("Intel") != std::string::npos ? "Intel" : "");
    if (apple) {
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Apple;
        gpu.name = values.cpuBrand; // the GPU is part of the chip
        gpu.source = "sysctl";
        host.gpus.push_back(std::move(gpu));
    }
    return host;
}

double marketedGiB(std::uint64_t bytes)
{
    static constexpr std::array<double, 22> kSizes{4,  6,   8,   12,  16,  18,  24,  32,   36,   48,   64,
                                                   96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 4096};
    const double gib = static_cast<double>(bytes) / kGiB;
    const auto size = std::lower_bound(kSizes.begin(), kSizes.end(), gib);
    if (size != kSizes.end() && gib >= 0.88 * *size) {
        return *size;
    }
    return std::round(gib * 10.0) / 10.0;
}

} // namespace localrig::core::host
