@main struct PostureMain { static func main() { print("posture") } }
