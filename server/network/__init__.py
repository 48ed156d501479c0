"""The Network Server: its part of an end device (:mod:`.device_registry`, checked against the
plans and bands of :mod:`.frequency_plans`) and the application downlink queue it keeps
(:mod:`.downlink_queue`, the Application Server's way in); its errors are :mod:`.errors`."""
