public import ReportModel

/// Merging front door evidence as the importers read it: values about the same image, web ACL or
/// traffic source merge, and the lists stay in report order (one value per key), so the result
/// does not depend on the order records were added in (ties between equal-time records are
/// broken by origin).
extension FrontDoorEvidence {
    /// Evidence from values that may describe the same thing twice, merged by key.
    /// - Returns: one value per key, in report order.
    public static func merging(
        images: [ImageScanEvidence] = [],
        webACLs: [WebACLEvidence] = [],
        traffic: [WAFTrafficEvidence] = []
    ) -> FrontDoorEvidence {
        var evidence = FrontDoorEvidence()
        evidence.images = merging([], images, key: ImageOrderKey.init, mergeAll: mergedImage)
        evidence.webACLs = merging([], webACLs, key: \.key, mergeAll: latestWebACL)
        evidence.traffic = merging([], traffic, key: TrafficOrderKey.init, mergeAll: mergedTraffic)
        return evidence
    }

    /// Adds an image scan; a scan of an image already present merges with it (later scan wins).
    public mutating func add(_ image: ImageScanEvidence) {
        Self.insert(image, into: &images, key: ImageOrderKey.init) { Self.mergedImage([$0, $1]) }
    }

    /// Adds a web ACL; for one already present (same ARN) the record read last (by origin) wins.
    public mutating func add(_ webACL: WebACLEvidence) {
        Self.insert(webACL, into: &webACLs, key: \.key) { Self.latestWebACL([$0, $1]) }
    }

    /// Adds traffic; traffic of a web ACL and source already present is added to it.
    public mutating func add(_ traffic: WAFTrafficEvidence) {
        Self.insert(traffic, into: &self.traffic, key: TrafficOrderKey.init) { Self.mergedTraffic([$0, $1]) }
    }

    /// Adds everything from other evidence (for example another file's).
    public mutating func merge(_ other: FrontDoorEvidence) {
        images = Self.merging(images, other.images, key: ImageOrderKey.init, mergeAll: Self.mergedImage)
        webACLs = Self.merging(webACLs, other.webACLs, key: \.key, mergeAll: Self.latestWebACL)
        traffic = Self.merging(traffic, other.traffic, key: TrafficOrderKey.init, mergeAll: Self.mergedTraffic)
    }

    /// This evidence with another's added.
    /// - Returns: the union.
    public func merged(with other: FrontDoorEvidence) -> FrontDoorEvidence {
        var result = self
        result.merge(other)
        return result
    }

    // Merging by key: a binary search for one value, a dictionary and one sort for many, so
    // thousands of images or traffic values cost n log n, not n² (issue #10).

    /// The records of one image merged at once (`ImageScanEvidence.merged(_:)`: the later scan wins, pages of one
    /// scan add up).
    private static func mergedImage(_ group: [ImageScanEvidence]) -> ImageScanEvidence {
        ImageScanEvidence.merged(group) ?? group[0]
    }

    /// Of the records of one web ACL, the one read last (by origin).
    private static func latestWebACL(_ group: [WebACLEvidence]) -> WebACLEvidence {
        group.dropFirst().reduce(group[0]) { current, new in
            (new.origin.file, new.origin.record) >= (current.origin.file, current.origin.record) ? new : current
        }
    }

    /// The traffic of one web ACL and source, added up in order.
    private static func mergedTraffic(_ group: [WAFTrafficEvidence]) -> WAFTrafficEvidence {
        group.dropFirst().reduce(group[0]) { $0.merged(with: $1) }
    }

    /// The order of `ImageScanEvidence.reportOrder` as a hashable key (equal keys: the same image).
    private struct ImageOrderKey: Hashable, Comparable {
        let repository: String
        let registryId: String
        let imageDigest: String

        init(_ image: ImageScanEvidence) {
            repository = image.repository
            registryId = image.registryId
            imageDigest = image.imageDigest
        }

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.repository, lhs.registryId, lhs.imageDigest) < (rhs.repository, rhs.registryId, rhs.imageDigest)
        }
    }

    /// The order of `WAFTrafficEvidence.reportOrder` as a hashable key (equal keys: the same `key`).
    private struct TrafficOrderKey: Hashable, Comparable {
        let webACL: String
        let source: String
        let ruleMetricName: String

        init(_ traffic: WAFTrafficEvidence) {
            webACL = traffic.webACL
            source = traffic.source.rawValue
            ruleMetricName = traffic.ruleMetricName ?? ""
        }

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.webACL, lhs.source, lhs.ruleMetricName) < (rhs.webACL, rhs.source, rhs.ruleMetricName)
        }
    }

    /// Adds one value to a list sorted by `key`: merged with the value of the same key, else inserted in order.
    private static func insert<Value, Key: Comparable>(
        _ value: Value,
        into list: inout [Value],
        key: (Value) -> Key,
        merge: (Value, Value) -> Value
    ) {
        let wanted = key(value)
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if key(list[middle]) < wanted { low = middle + 1 } else { high = middle }
        }
        if low < list.count, key(list[low]) == wanted {
            list[low] = merge(list[low], value)
        } else {
            list.insert(value, at: low)
        }
    }

    /// A list sorted by `key` (one value per key) with more values merged in: one at a time for a
    /// few, else gathered by key in a dictionary, each key's values merged at once, and sorted once.
    private static func merging<Value, Key: Hashable & Comparable>(
        _ list: [Value],
        _ more: [Value],
        key: (Value) -> Key,
        mergeAll: ([Value]) -> Value
    ) -> [Value] {
        if more.count * 16 < list.count {
            var result = list
            for value in more { insert(value, into: &result, key: key) { mergeAll([$0, $1]) } }
            return result
        }
        var byKey: [Key: [Value]] = [:]
        byKey.reserveCapacity(list.count + more.count)
        for value in list + more { byKey[key(value), default: []].append(value) }
        return byKey.sorted { $0.key < $1.key }.map { $0.value.count == 1 ? $0.value[0] : mergeAll($0.value) }
    }
}
