extension Int {
    /// `lhs + rhs`, clamped to `Int.min...Int.max` instead of trapping on overflow.
    /// - Parameters:
    ///   - lhs: one count.
    ///   - rhs: another count.
    /// - Returns: the sum, or the bound it would have crossed.
    public static func saturatingSum(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard overflow else { return sum }
        return rhs > 0 ? Int.max : Int.min
    }
}
